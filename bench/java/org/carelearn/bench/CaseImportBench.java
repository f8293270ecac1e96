package org.carelearn.bench;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaint system's export at scale: a generated 10,000-row CSV posted to /api/cases/import by the demo
 * liaison on the real server with embedded Derby, timed from the client. Prints figures; the target (issue 10)
 * is under 30 s. Three runs: all new, the same file again (nothing changes), and a file that changes every
 * fifth case's severity.
 */
@ExtendWith(ArquillianExtension.class)
class CaseImportBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    private static final String[] DEPARTMENTS = {"ONC-INPT", "INFUSION", "RADONC", "REGISTRATION", "PALLIATIVE"};
    private static final String[] STAFF = {"LR3002", "LR4002", "LR5002", "LR9002", "LR6002"};
    private static final String[] CATEGORIES = {"QUALITY", "COMMUNICATION", "BILLING;ENVIRONMENT", "LANGUAGE_ACCESS",
        "INSTITUTIONAL_PROCESSES"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @ArquillianResource
    URL base;

    @Test
    void importTenThousandCases() {
        String prefix = "CB" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        String created = file(prefix, false);
        String changed = file(prefix, true);
        // HTTP/1.1 and a long timeout: over HTTP/2 a request that takes more than about 100 s ends in a GOAWAY
        WebClient liaison = WebClient.signedInForLongRequests(base, DemoAccounts.LIAISON, Duration.ofMinutes(15));
        System.out.printf("%nCase import benchmark: %,d rows, %,d bytes of CSV%n", ROWS, created.length());
        run(liaison, "new cases", created);
        run(liaison, "same file again", created);
        run(liaison, "every fifth changed", changed);
    }

    private void run(WebClient liaison, String label, String csv) {
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        HttpResponse<String> response = liaison.post("api/cases/import?fileName=bench.csv", "text/csv", csv);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import failed: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        System.out.printf("  %-20s %6.1f s  %,8.0f rows/s  load %s to %s  %s%n", label, seconds, ROWS / seconds,
                loadBefore, loadAverage(), response.body());
    }

    /** The one-minute load average (the machine is shared: the figures depend on it). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Verbal complaints and written grievances, one or two categories, received over the last year. */
    private static String file(String prefix, boolean changeEveryFifth) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now().minusDays(1);
        StringBuilder csv = new StringBuilder("case_number,received_on,kind,channel,raised_by,patient_id,"
                + "patient_initials,department_code,stage,categories,severity,summary,staff_involved,"
                + "owner_employee_id\n");
        for (int i = 0; i < ROWS; i++) {
            boolean grievance = i % 5 == 1;
            int d = random.nextInt(DEPARTMENTS.length);
            String severity = changeEveryFifth && i % 5 == 0 ? "HIGH" : i % 3 == 0 ? "MEDIUM" : "LOW";
            csv.append(String.join(",", prefix + "-" + i, today.minusDays(random.nextInt(365)).toString(),
                    grievance ? "GRIEVANCE" : "COMPLAINT", grievance ? "LETTER" : "TELEPHONE", "PATIENT",
                    String.format("BP-%07d", i), "XY", DEPARTMENTS[d], "CARE_ON_THE_WARD", CATEGORIES[i % 5],
                    severity, "Bench case " + i, STAFF[d], "LR2003")).append('\n');
        }
        return csv.toString();
    }
}
