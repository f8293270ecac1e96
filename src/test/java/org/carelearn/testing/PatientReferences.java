package org.carelearn.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * Where a case's patient must never appear: the server's log files, the e-mail CareLearn sends and the LRS (issue
 * 10: "nothing of a case reaches the LRS, the logs or e-mail beyond its opaque id"). It looks for every patient
 * reference the case fixtures and the demo hospital use, by their shapes, so a check run after any case journey
 * of the same test run also catches what an earlier journey leaked: {@code ITP-} and six digits
 * ({@code CaseRecordsIT}), {@code BCP-} ({@code CaseCompetencyBrowserIT}), {@code BRP-}
 * ({@code CaseIntakeBrowserIT}), {@code LRP-} (the demo's 300 cases, {@code demo.DemoCases}) and {@code BP-} with
 * seven digits ({@code CaseImportBench}). Initials are two or three letters, which any text holds by chance, so
 * they are looked for where a leak would put them: beside a field name ({@code "patientInitials":"NC"},
 * {@code patientInitials=NC}, {@code patient_initials: NC}), and, in the e-mail and the LRS, the fixtures' own
 * dotted initials.
 */
public final class PatientReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\b(?:ITP|BCP|BRP|LRP)-\\d{6}\\b|\\bBP-\\d{7}\\b");
    private static final Pattern INITIALS_FIELD = Pattern.compile(
            "(?i:patient_?initials)[\"']?\\s*[=:]\\s*[\"']?\\p{Lu}\\.?\\p{Lu}");
    /** The dotted initials the journeys type (CaseRecordsIT, CaseCompetencyBrowserIT, CaseIntakeBrowserIT). */
    private static final List<String> FIXTURE_INITIALS = List.of("J.Q.", "N.C.", "R.T.");

    private PatientReferences() {
    }

    /** What in {@code text} is a patient reference or initials, each with a little of what surrounds it. */
    static List<String> found(String text, boolean withDottedInitials) {
        List<String> hits = new ArrayList<>();
        for (Pattern pattern : List.of(REFERENCE, INITIALS_FIELD)) {
            Matcher m = pattern.matcher(text);
            while (m.find() && hits.size() < 5) {
                hits.add(around(text, m.start(), m.end()));
            }
        }
        if (withDottedInitials) {
            for (String initials : FIXTURE_INITIALS) {
                int at = text.indexOf(initials);
                if (at >= 0) {
                    hits.add(around(text, at, at + initials.length()));
                }
            }
        }
        return hits;
    }

    private static String around(String text, int start, int end) {
        return "…" + text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 60))
                .replaceAll("\\s+", " ") + "…";
    }

    /** Every file under the test server's log directory (server.log, carelearn.log and their rotated days). */
    public static void assertNoneInLogs() {
        Path logs = Path.of(System.getProperty("jboss.home"), "standalone", "log");
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found(Files.readString(file, StandardCharsets.ISO_8859_1), false)
                        .forEach(hit -> leaks.add(file.getFileName() + ": " + hit));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fail("the server's logs", leaks);
    }

    /** Subject and body of every message an SMTP server received. */
    public static void assertNoneInMail(GreenMail smtp) {
        List<String> leaks = new ArrayList<>();
        for (var message : smtp.getReceivedMessages()) {
            String whole = GreenMailUtil.getWholeMessage(message);
            found(whole, true).forEach(hit -> leaks.add(GreenMailUtil.getAddressList(
                    recipients(message)) + ": " + hit));
        }
        fail("the e-mail sent", leaks);
    }

    private static jakarta.mail.Address[] recipients(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every statement the LRS holds, read page by page as the demo client reads them. */
    public static void assertNoneInLrs(URL base) {
        Lrs lrs = new Lrs(base);
        List<String> leaks = new ArrayList<>();
        String next = "statements?limit=500";
        int pages = 0;
        while (next != null && !next.isEmpty()) {
            HttpResponse<String> page = lrs.send("GET", next, null, (String) null);
            assertEquals(200, page.statusCode(), page.body());
            found(page.body(), true).forEach(hit -> leaks.add("statements: " + hit));
            JsonObject result = Json.object(page.body());
            String more = result.getString("more", "");
            next = more.isEmpty() ? null : more.substring(more.indexOf("statements"));
            if (++pages > 1_000) {
                throw new IllegalStateException("the LRS's more links do not end");
            }
        }
        fail("the LRS", leaks);
    }

    private static void fail(String where, List<String> leaks) {
        if (!leaks.isEmpty()) {
            throw new AssertionFailedError(where + " hold a patient reference: " + String.join("\n  ", leaks));
        }
    }
}
