package org.carelearn.testing;

import static org.carelearn.testing.SampleCourses.LESSON_PAGE;
import static org.carelearn.testing.SampleCourses.au;
import static org.carelearn.testing.SampleCourses.oneAu;
import static org.carelearn.testing.SampleCourses.packageWith;
import static org.carelearn.testing.SampleCourses.structure;
import static org.carelearn.testing.SampleCourses.text;
import static org.carelearn.testing.SampleCourses.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.carelearn.testing.SampleCourses.RawEntry;

/**
 * Packages CareLearn must refuse, one fault each, with a part of the reason a person is told. Each builds a
 * package for a course id of its own, so a refusal that stored something would show up as a course.
 */
public enum BrokenPackages {

    NOT_A_ZIP("notes.zip", "neither a zip", iri -> utf8("These are my notes, not a course package.")),
    NO_CMI5_XML("no-structure.zip", "no cmi5.xml at its root",
            iri -> SampleCourses.zip(Map.of("lesson/index.html", utf8(LESSON_PAGE)))),
    CMI5_XML_IN_A_FOLDER("nested.zip", "cmi5.xml is in a folder (course/cmi5.xml)",
            iri -> SampleCourses.zip(new LinkedHashMap<>(Map.of("course/cmi5.xml",
                    utf8(oneAu(iri, "lesson/index.html", "")), "course/lesson/index.html", utf8(LESSON_PAGE))))),
    MALFORMED_XML("malformed.zip", "not well-formed XML", iri -> packageWith("<courseStructure><course id=\"x\">")),
    WRONG_NAMESPACE("wrong-namespace.zip", "cmi5 requires the namespace",
            iri -> packageWith(oneAu(iri, "lesson/index.html", "").replace(SampleCourses.NAMESPACE,
                    "http://example.org/not-cmi5"))),
    AU_WITHOUT_TITLE("no-title.zip", "/au/one': title is missing",
            iri -> packageWith(oneAu(iri, "lesson/index.html", "").replaceFirst(
                    "<au ([^>]*)><title><langstring lang=\"en-US\">[^<]*</langstring></title>", "<au $1>"))),
    AU_WITHOUT_URL("no-url.zip", "url is missing",
            iri -> packageWith(oneAu(iri, "lesson/index.html", "").replace("<url>lesson/index.html</url>", ""))),
    BAD_MOVE_ON("bad-move-on.zip", "moveOn 'Complete' is not one of NotApplicable, Passed, Completed,"
            + " CompletedAndPassed, CompletedOrPassed",
            iri -> packageWith(oneAu(iri, "lesson/index.html", "moveOn=\"Complete\""))),
    MASTERY_SCORE_ABOVE_ONE("mastery.zip", "masteryScore 1.5 is outside 0 to 1",
            iri -> packageWith(oneAu(iri, "lesson/index.html", "masteryScore=\"1.5\""))),
    DUPLICATE_AU_ID("duplicate-au.zip", "is used 2 times (AU, AU)", iri -> packageWith(structure(iri, "Twice",
            au(iri + "/au/same", "lesson/index.html", ""), au(iri + "/au/same", "lesson/index.html", "")))),
    AU_ID_NOT_AN_IRI("not-iri.zip", "id 'lesson-1' is not an absolute IRI", iri -> packageWith(structure(iri,
            "Not an IRI", au("lesson-1", "lesson/index.html", "")))),
    AU_URL_NOT_IN_ZIP("missing-file.zip", "which is not a file in the zip",
            iri -> packageWith(oneAu(iri, "lesson/missing.html", ""))),
    DOT_DOT_ENTRY("dot-dot.zip", "'..' segment", iri -> SampleCourses.zip(new LinkedHashMap<>(Map.of(
            "cmi5.xml", utf8(oneAu(iri, "lesson/index.html", "")), "lesson/index.html", utf8(LESSON_PAGE),
            "../outside.html", utf8(LESSON_PAGE))))),
    LAUNCH_PARAMETER_IN_URL("endpoint.zip", "already has the launch parameter 'endpoint'", iri -> packageWith(
            oneAu(iri, "lesson/index.html?endpoint=https%3A%2F%2Fevil.example%2Fxapi", ""))),
    STANDALONE_WITH_RELATIVE_URL("cmi5.xml", "is relative, but a cmi5.xml imported on its own",
            iri -> utf8(oneAu(iri, "lesson/index.html", ""))),
    ZIP_BOMB("bomb.zip", "compressed more than 100 to 1", BrokenPackages::bomb),
    ENCRYPTED_ENTRY("encrypted.zip", "encrypted", iri -> SampleCourses.rawZip(List.of(
            new RawEntry("cmi5.xml", utf8(oneAu(iri, "lesson/index.html", "")), 0),
            new RawEntry("lesson/index.html", utf8(LESSON_PAGE), 1)))),
    DUPLICATE_ENTRY("duplicate-entry.zip", "entry 'lesson/index.html' appears more than once", iri ->
            SampleCourses.rawZip(List.of(new RawEntry("cmi5.xml", oneAu(iri, "lesson/index.html", "")),
                    new RawEntry("lesson/index.html", LESSON_PAGE), new RawEntry("lesson/index.html", "other")))),
    BACKSLASH_ENTRY("backslash.zip", "contains a backslash", iri -> SampleCourses.rawZip(List.of(
            new RawEntry("cmi5.xml", oneAu(iri, "lesson/index.html", "")),
            new RawEntry("lesson/index.html", LESSON_PAGE), new RawEntry("lesson\\extra.html", LESSON_PAGE)))),
    DOCTYPE_WITH_ENTITY("xxe.xml", "must not contain a DOCTYPE", iri -> utf8("<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE courseStructure [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + oneAu(iri, "https://content.example/au", "").replaceFirst("<\\?xml[^>]*>\\n", "")
                    .replace("A course for tests", "&secret;"))),
    UNDECLARED_OBJECTIVE("objective.zip", "is referenced but not declared", iri -> packageWith(structure(iri, "Goals",
            "<au id=\"" + iri + "/au/one\">" + text("title", "One") + text("description", "One")
                    + "<objectives><objective idref=\"" + iri + "/objective/none\"/></objectives>"
                    + "<url>lesson/index.html</url></au>")));

    public final String fileName;
    public final String reason;
    private final Function<String, byte[]> builder;

    BrokenPackages(String fileName, String reason, Function<String, byte[]> builder) {
        this.fileName = fileName;
        this.reason = reason;
        this.builder = builder;
    }

    /** The broken package, for a course id of its own. */
    public byte[] bytes() {
        return builder.apply(SampleCourses.uniqueCourseIri());
    }

    /** Whether it is a cmi5.xml on its own rather than a zip (for the request's content type). */
    public boolean isXml() {
        return fileName.endsWith(".xml");
    }

    /** A zip whose one big entry of zeros deflates to almost nothing. */
    private static byte[] bomb(String iri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("cmi5.xml"));
            zip.write(utf8(oneAu(iri, "lesson/index.html", "")));
            zip.putNextEntry(new ZipEntry("lesson/index.html"));
            zip.write(utf8(LESSON_PAGE));
            zip.putNextEntry(new ZipEntry("lesson/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
