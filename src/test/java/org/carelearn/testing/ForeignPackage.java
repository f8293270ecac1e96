package org.carelearn.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A cmi5 course CareLearn did not write: "Answering the patient-relations phone line" by the fictional
 * Northwind Health Training, with its own runtime and page style (src/test/resources/cmi5/phone-line, whose
 * README.md lists the page hooks). Tests import it to show that any conforming package, not only ours,
 * imports, launches and tracks (issue 4).
 */
public final class ForeignPackage {

    /** The package's files, read from the source tree so a test sees edits without a rebuild. */
    public static final Path FOLDER = Path.of("src", "test", "resources", "cmi5", "phone-line");

    public static final String COURSE_ID = "https://training.northwind-health.example/cmi5/phone-line";
    public static final String COURSE_TITLE_EN = "Answering the patient-relations phone line";
    public static final String COURSE_TITLE_ES = "Atender la línea telefónica de relaciones con pacientes";
    public static final String BLOCK_ID = COURSE_ID + "/block/first-contact";

    /** Block AU 1: moveOn Completed, OwnWindow, with launch parameters and its own query string. */
    public static final String AU_GREETING = COURSE_ID + "/au/greeting";
    public static final String GREETING_URL = "lessons/greeting.html?lang=en";
    public static final String GREETING_TITLE_EN = "Greeting a distressed caller";
    public static final String GREETING_TITLE_ES = "Saludar a una persona que llama angustiada";
    public static final String GREETING_LAUNCH_PARAMETERS =
            "{\"siteName\":\"Harbor Point Cancer Institute\",\"lineHours\":\"8 a.m. to 6 p.m., Monday to Friday\"}";

    /** Block AU 2: moveOn CompletedOrPassed, masteryScore 0.75, AnyWindow; reading plus a four-question check. */
    public static final String AU_COMPLAINT = COURSE_ID + "/au/complaint";
    public static final String COMPLAINT_URL = "lessons/complaint/index.html";
    public static final String COMPLAINT_TITLE_EN = "Taking a complaint by phone";
    public static final String COMPLAINT_TITLE_ES = "Recibir una queja por teléfono";
    public static final Map<String, String> COMPLAINT_ANSWERS = key("b", "d", "a", "c");

    /** Top-level AU 3, after the block: moveOn Passed, masteryScore 0.5, an entitlement key. */
    public static final String AU_ESCALATION = COURSE_ID + "/au/escalation";
    public static final String ESCALATION_URL = "check/escalation.html";
    public static final String ESCALATION_TITLE_EN = "Escalating and documenting a call";
    public static final String ESCALATION_TITLE_ES = "Escalar y documentar una llamada";
    public static final String ESCALATION_ENTITLEMENT_KEY = "NWH-PL-ESC-7731";
    public static final Map<String, String> ESCALATION_ANSWERS = key("c", "a", "d", "b");

    /** The objectives the course declares; AUs and the block refer to them by idref. */
    public static final List<String> OBJECTIVES = List.of(COURSE_ID + "/objective/calm-opening",
            COURSE_ID + "/objective/complaint-intake", COURSE_ID + "/objective/escalate-and-document");

    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2026, 3, 2, 9, 0);

    private ForeignPackage() {
    }

    /**
     * Radio values for a quiz with exactly {@code correct} right answers: the first questions right, the rest
     * wrong, so a test can aim just above or below a mastery score (3 of 4 is exactly 0.75).
     */
    public static Map<String, String> answers(Map<String, String> key, int correct) {
        Map<String, String> chosen = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, String> question : key.entrySet()) {
            String right = question.getValue();
            chosen.put(question.getKey(), index++ < correct ? right : (right.equals("a") ? "b" : "a"));
        }
        return Collections.unmodifiableMap(chosen);
    }

    /** The package as an uploaded zip: cmi5.xml at the root, the AUs and runtime beside it, no README. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = FOLDER.relativize(file).toString().replace('\\', '/');
                if (name.equals("README.md")) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(PUBLISHED); // the same bytes on every run
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + FOLDER.toAbsolutePath(), e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> key(String q1, String q2, String q3, String q4) {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("q1", q1);
        key.put("q2", q2);
        key.put("q3", q3);
        key.put("q4", q4);
        return Collections.unmodifiableMap(key);
    }
}
