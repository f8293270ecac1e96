package org.carelearn.reporting.web;

import static org.carelearn.testing.ExportedRows.csv;
import static org.carelearn.testing.ExportedRows.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.PdfText;
import org.carelearn.testing.Ui;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Leadership's report pages and exports from outside, as the demo leader: the coverage matrix's cells and its CSV
 * and XLSX carry the same numbers; compliance over time shows 24 months and exports them; the audit trail filters
 * and exports, and each export is itself audited; an administrator rebuilds the read models over REST. (That the
 * numbers are right is ReportingIT's, against counts in SQL.) Patient experience results import over REST once
 * (the same file again changes nothing, a file with one bad line is refused whole, naming the line, and stores
 * nothing); in a browser, the leader builds a department's survey-ready pack and reads its PDF and XLSX back.
 */
class LeadershipReportsIT extends DeployedCareLearn {

    /** One cell of the page: its row's department code, the competency, holding and total. */
    private static final Pattern CELL = Pattern.compile("data-competency=\"([^\"]+)\"\\s+class=\"coverage-cell[^\"]*\">"
            + "\\s*<a\\s+href=\"[^\"]*department=([A-Z0-9_-]+)[^\"]*\"\\s+class=\"coverage-share\"\\s+"
            + "data-holding=\"(\\d+)\"\\s+data-total=\"(\\d+)\"");

    @Test
    void theMatrixAndItsExportsAgree() throws Exception {
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        HttpResponse<String> page = leader.get("leadership/coverage.xhtml");
        assertEquals(200, page.statusCode());
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher cell = CELL.matcher(page.body());
        while (cell.find()) {
            shown.put(cell.group(2) + "|" + cell.group(1), cell.group(3) + " of " + cell.group(4));
        }
        assertTrue(shown.size() > 5, "the demo hospital's matrix has cells: " + shown.size());

        HttpResponse<byte[]> csv = leader.download("leadership/coverage.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<List<String>> csvRows = csv(new String(csv.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("Department", "Competency code", "Competency", "People who need it", "Competent",
                "Expiring", "Expired", "In progress", "Never shown", "Holding the level needed (%)"), csvRows.get(0));
        HttpResponse<byte[]> xlsx = leader.download("leadership/coverage.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(csvRows, xlsx(xlsx.body()), "the XLSX holds what the CSV holds");

        // each department's cell on the page against its export row: holding (competent + expiring) of total
        long hospitalRows = csvRows.stream().filter(r -> r.get(0).equals("Whole hospital")).count();
        assertEquals(csvRows.size() - 1 - hospitalRows, shown.size(), "one export row per cell of the page");
        for (List<String> row : csvRows.subList(1, csvRows.size())) {
            int holding = Integer.parseInt(row.get(4)) + Integer.parseInt(row.get(5));
            int total = Integer.parseInt(row.get(3));
            assertEquals(total, Integer.parseInt(row.get(4)) + Integer.parseInt(row.get(5))
                    + Integer.parseInt(row.get(6)) + Integer.parseInt(row.get(7)) + Integer.parseInt(row.get(8)),
                    "the statuses add up to the people who need it: " + row);
            assertTrue(shown.containsValue(holding + " of " + total) || row.get(0).equals("Whole hospital"), row
                    .toString());
        }

        assertEquals(400, leader.get("leadership/coverage.csv?on=yesterday").statusCode());
        assertTrue(leader.get("leadership/coverage.xhtml?on=yesterday").body()
                .contains("is not a day written as 2026-12-16"));
        assertTrue(leader.get("leadership/coverage.xhtml?on=2999-01-01").body().contains("Coverage is known up to"));
    }

    @Test
    void complianceOverTimeShowsTwentyFourMonthsAndExportsThem() throws Exception {
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        HttpResponse<String> page = leader.get("leadership/compliance.xhtml");
        assertEquals(200, page.statusCode());
        assertEquals(24, page.body().split("<tr data-month=").length - 1, "24 months in the table");
        assertTrue(page.body().contains("\"type\":\"line\""), "the chart's configuration is on the page");
        List<List<String>> csv = csv(new String(leader.download("leadership/compliance.csv").body(),
                StandardCharsets.UTF_8));
        assertEquals(0, (csv.size() - 1) % 24, "24 rows per department and the hospital: " + csv.size());
        assertEquals(csv, xlsx(leader.download("leadership/compliance.xlsx").body()));
        assertTrue(leader.get("leadership/compliance.xhtml?department=NOPE").body()
                .contains("No department with required training has the code"));
    }

    @Test
    void theAuditTrailFiltersAndExportsAndTheExportsAreAudited() throws Exception {
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        leader.download("leadership/coverage.csv");
        HttpResponse<String> filtered = leader.get("leadership/audit.xhtml?person=leader&action=REPORT_EXPORTED");
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.body().contains("Report exported"), "the coverage export is in the trail");

        List<List<String>> rows = csv(new String(leader.download(
                "leadership/audit.csv?person=leader&action=REPORT_EXPORTED&recordType=Report&recordId=coverage")
                .body(), StandardCharsets.UTF_8));
        assertTrue(rows.size() > 1, "the export lists the coverage export");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals("leader", row.get(2));
            assertEquals("Report exported", row.get(3));
            assertEquals("coverage", row.get(5));
        }
        assertTrue(leader.get("leadership/audit.xhtml?from=2026-12-03&until=2026-12-01").body()
                .contains("The period ends before it starts"));
        assertEquals(400, leader.get("leadership/audit.csv?action=NOTHING").statusCode());
        assertTrue(csv(new String(leader.download("leadership/audit.csv?person=leader&action=AUDIT_TRAIL_EXPORTED")
                .body(), StandardCharsets.UTF_8)).size() > 1, "the trail's export is itself in the trail");
    }

    @Test
    void anAdministratorRebuildsTheReadModels() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> rebuilt = admin.post("api/admin/reporting/rebuild", "application/json", "");
        assertEquals(200, rebuilt.statusCode(), rebuilt.body());
        assertTrue(rebuilt.body().matches(".*\"people\":\\d{2,}.*"), rebuilt.body());
        assertTrue(admin.getJson("api/admin/audit?action=REPORTS_REBUILT&actor=admin").body()
                .contains("Rebuilt the coverage read model"));
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        assertEquals(403, leader.post("api/admin/reporting/rebuild", "application/json", "").statusCode());
    }

    @Test
    void everyLeadershipTableExportsAsCsvAndXlsx() throws Exception {
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        // Departments: the page's rows, then the total
        String page = leader.get("leadership/index.xhtml").body();
        List<List<String>> departments = csv(new String(leader.download("leadership/departments.csv").body(),
                StandardCharsets.UTF_8));
        assertEquals(List.of("Department", "Active staff"), departments.get(0));
        for (List<String> row : departments.subList(1, departments.size() - 1)) {
            assertTrue(page.contains(row.get(0)), row + " is on the page");
        }
        assertTrue(page.contains(departments.get(departments.size() - 1).get(1) + " active staff in all"));
        assertEquals(departments, xlsx(leader.download("leadership/departments.xlsx").body()));

        // the people behind a cell: Patient Relations and complaint handling (PR.4)
        String cell = "?department=PATREL&competency=3b9895c7-609a-5a00-a505-9e27ff3e5cc7";
        int shown = leader.get("leadership/coverage-people.xhtml" + cell).body().split("<tr data-employee=").length
                - 1;
        List<List<String>> people = csv(new String(leader.download("leadership/coverage-people.csv" + cell).body(),
                StandardCharsets.UTF_8));
        assertTrue(shown > 3, "the liaisons and their manager need PR.4: " + shown);
        assertEquals(shown, people.size() - 1, "one row per person on the page");
        assertEquals(people.size(), xlsx(leader.download("leadership/coverage-people.xlsx" + cell).body()).size());
        assertEquals(400, leader.get("leadership/coverage-people.csv?competency=nothing").statusCode());

        // the audit trail, same filter in both formats
        String filter = "?person=leader&action=REPORT_EXPORTED&recordType=Report&recordId=departments";
        List<List<String>> trail = csv(new String(leader.download("leadership/audit.csv" + filter).body(),
                StandardCharsets.UTF_8));
        assertTrue(trail.size() > 2, "both departments exports are in the trail");
        assertEquals(trail, xlsx(leader.download("leadership/audit.xlsx" + filter).body()));
    }

    @Test
    void patientExperienceResultsImportOnceAndABadFileChangesNothing() throws Exception {
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        // Chaplaincy has no demo results; 2019 is before any: this test's own rows
        String header = "department,quarter,measure,top_box_percent,surveys\n";
        String good = header + "CHAPLAINCY,2019-Q1,Overall Hospital Rating,71.5,30\n"
                + "chaplaincy,2019-q2,recommend the hospital,68,31\n";
        HttpResponse<String> first = leader.post("api/leadership/patient-experience?fileName=pe-it.csv", "text/csv",
                good);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"added\":2"), first.body());
        HttpResponse<String> again = leader.post("api/leadership/patient-experience?fileName=pe-it.csv", "text/csv",
                good);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"added\":0") && again.body().contains("\"updated\":0")
                && again.body().contains("\"unchanged\":2"), "the same file twice changes nothing: " + again.body());

        HttpResponse<String> bad = leader.post("api/leadership/patient-experience?fileName=pe-bad.csv", "text/csv",
                header + "CHAPLAINCY,2019-Q1,Overall Hospital Rating,99,30\n"
                        + "CHAPLAINCY,2019-Q3,Overall Hospital Rating,70,30\n"
                        + "CHAPLAINCY,2019-Q4,Overall Hospital Rating,seventy,30\n");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("Line 4: top-box percentage 'seventy' is not a number"), bad.body());
        List<List<String>> stored = csv(new String(leader.download(
                "leadership/patient-experience.csv?department=CHAPLAINCY").body(), StandardCharsets.UTF_8));
        assertEquals(List.of("Department", "Quarter", "Measure", "Top-box (%)", "Surveys", "Competency",
                "Coverage counted on", "Holding the level needed", "People who need it",
                "Holding the level needed (%)"), stored.get(0));
        assertEquals(List.of("2019-Q1|Overall Hospital Rating|71.50|30", "2019-Q2|Recommend the Hospital|68.00|31"),
                stored.subList(1, stored.size()).stream().map(r -> String.join("|", r.subList(1, 5))).sorted()
                        .toList(), "the refused file changed nothing and added nothing");
        assertEquals(stored.size(), xlsx(leader.download("leadership/patient-experience.xlsx?department=CHAPLAINCY")
                .body()).size());
        assertTrue(leader.get("leadership/patient-experience.xhtml?department=CHAPLAINCY").body()
                .contains("data-quarter=\"2019-Q2\" data-measure=\"Recommend the Hospital\""));
        // the demo's results sit beside empathetic communication's coverage
        assertTrue(leader.get("leadership/patient-experience.xhtml?department=ONC-INPT&measure=Communication+with+Nurses")
                .body().contains("PR.1 Empathetic communication"));
        String refusals = new String(leader.download("leadership/audit.csv?person=leader"
                + "&action=PATIENT_EXPERIENCE_IMPORT_REFUSED").body(), StandardCharsets.UTF_8);
        assertTrue(refusals.contains("pe-bad.csv") && refusals.contains("Line 4"), refusals);
    }

    @Test
    void theLeaderBuildsADepartmentsSurveyPackAndReadsItsPdfAndXlsx() throws Exception {
        try (Browser browser = new Browser(base)) {
            Ui.signIn(browser, DemoAccounts.LEADERSHIP);
            browser.open("leadership/survey-pack.xhtml");
            new Select(Ui.byId(browser, "request:department")).selectByVisibleText("Patient Relations");
            Ui.byId(browser, "request:forDepartment").click();
            browser.waitForText("is being built");
            // the poll redraws the list until the pack is ready: read what is needed in one go
            String[] ready = Ui.until(browser, d -> d.findElements(By.cssSelector("#packList tr[data-status='READY']"))
                    .stream().filter(r -> r.getText().contains("Patient Relations")).findFirst()
                    .map(r -> new String[] {r.getAttribute("data-pack"), r.getText()}).orElse(null));
            assertTrue(ready[1].contains("Downloadable until"), ready[1]);
            // the list turned READY through the poll, and the poll leaves the page's message where it was
            String message = Ui.byId(browser, "messagesArea").getText();
            assertTrue(message.contains("is being built"), "the request's message outlives the poll: " + message);
            String id = ready[0];
            browser.open("leadership/survey-pack.xhtml?pack=" + id);
            List<List<String>> shown = browser.driver().findElements(By.cssSelector("#packPeople tbody tr")).stream()
                    .map(r -> r.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().strip())
                            .toList()).toList();
            assertTrue(shown.size() >= 6, "the demo's patient relations people: " + shown);

            WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
            HttpResponse<byte[]> pdf = leader.download("leadership/survey-pack.pdf?id=" + id);
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            PdfText text = PdfText.of(pdf.body());
            assertTrue(text.text().contains("Survey-ready pack: Patient Relations"), text.text());
            for (List<String> person : shown) {
                assertTrue(text.text().contains(person.get(1) + " (" + person.get(0) + ")"),
                        "the PDF names " + person + ": " + text.text());
            }
            assertTrue(text.text().contains("Observed validation") && text.text().contains("Sarah Lindqvist"),
                    "the liaisons' complaint handling was validated by Sarah Lindqvist: " + text.text());
            assertTrue(!text.text().contains("LRP-"), "no patient reference in the pack");

            HttpResponse<byte[]> xlsx = leader.download("leadership/survey-pack.xlsx?id=" + id);
            assertEquals(200, xlsx.statusCode());
            List<List<String>> people = xlsx(xlsx.body());
            assertEquals(List.of("Employee id", "Name", "Job role", "Competencies held", "Competencies required",
                    "Training completed", "Training required"), people.get(0));
            assertEquals(shown, people.subList(1, people.size()), "the XLSX's People sheet is the page's table");

            String trail = new String(leader.download("leadership/audit.csv?person=leader&recordType=SurveyPack")
                    .body(), StandardCharsets.UTF_8);
            assertTrue(trail.contains("Survey-ready pack requested") && trail.contains("PDF of the survey-ready pack")
                    && trail.contains("XLSX of the survey-ready pack"), trail);
        }
    }
}
