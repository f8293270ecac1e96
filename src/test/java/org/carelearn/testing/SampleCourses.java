package org.carelearn.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * cmi5 course structures and packages for tests, good and broken, built in code. Every course gets an id of
 * its own unless a test asks for the same one again (a new version).
 */
public final class SampleCourses {

    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    public static final String LESSON_PAGE = "<!DOCTYPE html><html><head><title>Lesson</title>"
            + "<link rel=\"stylesheet\" href=\"style.css\"></head><body><p>Lesson</p></body></html>";
    public static final String STYLE = "body { font-family: sans-serif; }";

    private SampleCourses() {
    }

    /**
     * Offers an imported course in the learners' catalog, as an admin does after checking it: a new import
     * is not offered until then.
     */
    public static void offer(WebClient admin, String courseIri) {
        var answer = admin.put("api/admin/courses/availability", "application/json",
                "{\"courseIri\": \"" + courseIri + "\", \"availability\": \"OFFERED\"}");
        if (answer.statusCode() != 200) {
            throw new AssertionError("Could not offer " + courseIri + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** A course of its own (the one-lesson sample package), offered, and a learner enrolled in it. */
    public record Enrolled(String courseIri, long enrolment, WebClient admin, WebClient learner) {

        /** The AU id of the package's one lesson. */
        public String lesson() {
            return courseIri + "/au/lesson";
        }
    }

    /**
     * Imports {@link #goodPackage} under a new course id as the admin, offers it, and enrols {@code learner} in it
     * through My learning's API, as each launch test starts.
     */
    public static Enrolled enrolledInNewCourse(URL base, DemoAccounts learner, String title) {
        String course = uniqueCourseIri();
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        var imported = admin.post("api/admin/courses", "application/zip", goodPackage(course, title));
        if (imported.statusCode() != 201) {
            throw new AssertionError("Could not import " + title + ": " + imported.statusCode() + " " + imported.body());
        }
        offer(admin, course);
        WebClient signedIn = WebClient.signedIn(base, learner);
        var enrolled = signedIn.post("api/me/learning", "application/json", "{\"courseIri\": \"" + course + "\"}");
        if (enrolled.statusCode() != 201) {
            throw new AssertionError("Could not enrol in " + title + ": " + enrolled.statusCode() + " " + enrolled.body());
        }
        return new Enrolled(course, Json.object(enrolled.body()).getJsonNumber("id").longValue(), admin, signedIn);
    }

    /** A course id of its own, 64 characters, so that the audit trail keeps it whole. */
    public static String uniqueCourseIri() {
        return "https://carelearn.example/t/" + UUID.randomUUID();
    }

    /** An AU element: id, url and any attributes (such as {@code moveOn="Passed"}). */
    public static String au(String id, String url, String attributes) {
        return "<au id=\"" + id + "\" " + attributes + ">" + text("title", "AU " + id.substring(id.lastIndexOf('/') + 1))
                + text("description", "An AU for tests") + "<url>" + url + "</url></au>";
    }

    public static String text(String element, String value) {
        return "<" + element + "><langstring lang=\"en-US\">" + value + "</langstring></" + element + ">";
    }

    /** A whole cmi5.xml around the given members (AUs and blocks). */
    public static String structure(String courseIri, String title, String... members) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<courseStructure xmlns=\"" + NAMESPACE + "\">"
                + "<course id=\"" + courseIri + "\">" + text("title", title) + text("description", "A course for tests")
                + "</course>" + String.join("", members) + "</courseStructure>";
    }

    /**
     * A good course: a lesson AU at the top and, in a block, an assessment AU with a mastery score. Its
     * pages, a style sheet and the files they point to are in the zip.
     */
    public static String goodStructure(String courseIri, String title) {
        return structure(courseIri, title,
                au(courseIri + "/au/lesson", "lesson/index.html", "moveOn=\"Completed\""),
                "<block id=\"" + courseIri + "/block/check\">" + text("title", "Check") + text("description", "A block")
                        + au(courseIri + "/au/assessment", "assessment/index.html?mode=exam",
                                "moveOn=\"Passed\" masteryScore=\"0.8\" launchMethod=\"OwnWindow\"")
                        + "</block>");
    }

    public static byte[] goodPackage(String courseIri, String title) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", utf8(goodStructure(courseIri, title)));
        files.put("lesson/index.html", utf8(LESSON_PAGE));
        files.put("lesson/style.css", utf8(STYLE));
        files.put("assessment/index.html", utf8(LESSON_PAGE.replace("Lesson", "Assessment")));
        return zip(files);
    }

    /** A package of one AU (lesson/index.html) with the given cmi5.xml. */
    public static byte[] packageWith(String structureXml) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("cmi5.xml", utf8(structureXml));
        files.put("lesson/index.html", utf8(LESSON_PAGE));
        return zip(files);
    }

    /** A cmi5.xml of one AU whose url is the given one. */
    public static String oneAu(String courseIri, String url, String attributes) {
        return structure(courseIri, "Test course", au(courseIri + "/au/one", url, attributes));
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One entry of {@link #rawZip}: stored as is, with the general purpose flags given. */
    public record RawEntry(String name, byte[] content, int flags) {

        public RawEntry(String name, String content) {
            this(name, utf8(content), 0);
        }
    }

    /**
     * A zip written byte by byte (stored entries), for what ZipOutputStream refuses to write: the same name
     * twice, or an entry flagged as encrypted.
     */
    public static byte[] rawZip(List<RawEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (RawEntry entry : entries) {
            byte[] name = utf8(entry.name());
            CRC32 crc = new CRC32();
            crc.update(entry.content());
            int offset = out.size();
            int flags = entry.flags() | 0x0800;
            out.writeBytes(le(ByteBuffer.allocate(30).putInt(0x04034b50).putShort((short) 20).putShort((short) flags)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(entry.content().length).putInt(entry.content().length).putShort((short) name.length)
                    .putShort((short) 0)));
            out.writeBytes(name);
            out.writeBytes(entry.content());
            central.writeBytes(le(ByteBuffer.allocate(46).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) flags).putShort((short) 0).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt(entry.content().length).putInt(entry.content().length)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(offset)));
            central.writeBytes(name);
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        out.writeBytes(le(ByteBuffer.allocate(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) entries.size()).putShort((short) entries.size()).putInt(central.size())
                .putInt(centralOffset).putShort((short) 0)));
        return out.toByteArray();
    }

    /** The buffer's fields, written big-endian above for reading, as the little-endian bytes zip wants. */
    private static byte[] le(ByteBuffer bigEndian) {
        byte[] fields = bigEndian.array();
        ByteBuffer source = ByteBuffer.wrap(fields);
        ByteBuffer target = ByteBuffer.allocate(fields.length).order(ByteOrder.LITTLE_ENDIAN);
        // every field of the headers above is 4 bytes (signature, int) or 2 bytes (short), in this layout
        return reorder(source, target, fields.length);
    }

    private static byte[] reorder(ByteBuffer source, ByteBuffer target, int length) {
        List<Integer> widths = widths(length);
        for (int width : widths) {
            if (width == 4) {
                target.putInt(source.getInt());
            } else {
                target.putShort(source.getShort());
            }
        }
        return target.array();
    }

    /** Field widths of a local header (30), central header (46) or end record (22). */
    private static List<Integer> widths(int length) {
        List<Integer> widths = new ArrayList<>();
        switch (length) {
            case 30 -> widths.addAll(List.of(4, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2));
            case 46 -> widths.addAll(List.of(4, 2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4));
            case 22 -> widths.addAll(List.of(4, 2, 2, 2, 2, 4, 4, 2));
            default -> throw new IllegalArgumentException("no zip header of " + length + " bytes");
        }
        return widths;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
