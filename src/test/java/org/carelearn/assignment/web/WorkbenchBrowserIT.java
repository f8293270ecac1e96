package org.carelearn.assignment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carelearn.testing.Accessibility;
import org.carelearn.testing.BrowserJourney;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.Json;
import org.carelearn.testing.SampleCourses;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.Ui;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The manager's workbench end to end. The demo manager (Rebecca Sorensen, LR3001) assigns a course the test
 * imports to the oncology nurses of her line, due 30 days after the rule reaches them: the preview names the
 * nurse the test hired under her, and confirming puts the course in the nurse's My learning. Once the nurse
 * completes it, the workbench shows it completed, and the XLSX export holds the rows the page showed, every page
 * of them. An administrator then ends the rule. The rule targets the job role within the Infusion Center, where
 * no demo nurse of her line works, so no other test's people get the course.
 */
class WorkbenchBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    @Test
    void aManagerAssignsToARoleTheNurseCompletesItAndTheExportHoldsThePage() throws Exception {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String course = SampleCourses.uniqueCourseIri();
        String title = "Workbench journey " + course.substring(course.length() - 8);
        assertEquals(201, admin.post("api/admin/courses", "application/zip",
                SampleCourses.goodPackage(course, title)).statusCode());
        SampleCourses.offer(admin, course);
        String nurse = SampleStaff.uniqueEmployeeId();
        assertEquals(201, admin.post("api/admin/staff", "application/json",
                SampleStaff.json(nurse, "Wren", "Workbench", "INFUSION", "RN-ONC", "LR3001")).statusCode());
        WebClient learner = signedInWithOwnPassword(admin, nurse);
        String rule = "Infusion nurses: " + title;

        Ui.signIn(browser, DemoAccounts.MANAGER);
        browser.open("team/index.xhtml");
        assertEquals("My team", Ui.heading(browser));
        Ui.byId(browser, "assignOpen").click();
        Ui.until(browser, d -> Ui.byId(browser, "assign:ruleName").isDisplayed());
        Ui.type(browser, "assign:ruleName", rule);
        Ui.choose(browser, "assign:what", title);
        Ui.choose(browser, "assign:targetKind", "A job role within a department");
        browser.waitForAjax();
        Ui.choose(browser, "assign:department", "Infusion Center");
        Ui.choose(browser, "assign:jobRole", "Oncology Registered Nurse");
        Ui.type(browser, "assign:dueDays", "30");
        Ui.byId(browser, "assign:preview").click();
        browser.waitForAjax();
        String preview = Ui.byId(browser, "assign:previewPanel").getText();
        assertTrue(preview.matches("(?s).*This rule reaches \\d+ (person|people); 0 of them already completed.*"),
                preview);
        assertTrue(preview.contains("Wren Workbench"), preview);
        Accessibility.assertNoViolations(browser, "the assign dialog with its preview");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "assign:confirm"));
        String message = Ui.byId(browser, "messages").getText();
        assertTrue(message.contains("The rule \"" + rule + "\" is in force: it reaches"), message);

        String myLearning = learner.get("learning/index.xhtml").body();
        assertTrue(myLearning.contains(title), "the nurse sees the course in My learning");
        assertTrue(myLearning.contains(rule), "and the rule that requires it");

        // a view nobody matches: Remind is off, and the page says why beside it, the button described by it
        Ui.type(browser, "workbench:search", "nobody-" + nurse);
        Ui.until(browser, d -> Ui.rows(browser, "workbench:rows").isEmpty());
        assertRemindOff("No one matches these filters, so there is nobody to remind. Change or clear the filters.");

        // bulk remind: the view narrowed to the nurse, one confirmed click, and the page says what was sent
        Ui.type(browser, "workbench:search", nurse);
        Ui.until(browser, d -> Ui.rows(browser, "workbench:rows").size() == 1);
        WebElement remind = Ui.byId(browser, "workbench:remindView");
        assertTrue(remind.isEnabled(), "Remind is on for a nurse with training to do");
        assertTrue(remind.getAttribute("aria-describedby") == null, remind.getAttribute("aria-describedby"));
        assertTrue(!Ui.present(browser, "workbench:remindUnavailable"), "no reason shown while it works");
        Ui.byId(browser, "workbench:remindView").click();
        Ui.until(browser, d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        browser.waitForAjax();
        Ui.until(browser, d -> Ui.byId(browser, "messages").getText().contains("Reminded 1 person."));
        Ui.byId(browser, "workbench:remindView").click();
        Ui.until(browser, d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        browser.waitForAjax();
        Ui.until(browser, d -> Ui.byId(browser, "messages").getText().contains(
                "1 person has had a reminder from a manager today already (once a day is enough)."));

        completeForTheNurse(admin, nurse, course);
        browser.open("team/index.xhtml");
        Ui.choose(browser, "workbench:course", title);
        browser.waitForAjax();
        List<List<String>> rows = Ui.rows(browser, "workbench:rows");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("Workbench, Wren", nurse, "Infusion Center", "Oncology Registered Nurse", title,
                "Completed"), rows.get(0).subList(0, 6));
        assertRemindOff("Nobody in this view has open training to be reminded of: everyone here has completed it,"
                + " has it waived, or has nothing assigned.");
        Accessibility.assertNoViolations(browser, "the workbench with Remind switched off and its reason");

        Ui.choose(browser, "workbench:course", "Any course");
        browser.waitForAjax();
        List<List<String>> page = Ui.rows(browser, "workbench:rows");
        List<List<String>> exported = xlsx(Ui.byId(browser, "workbench:exportXlsx").getAttribute("href"));
        assertEquals(Ui.report(browser, "workbench:rows"), exported.size() + " rows", "every page of the view");
        assertEquals(page.stream().map(WorkbenchBrowserIT::shown).toList(),
                exported.subList(0, page.size()), "the first page, as the page showed it");
        assertTrue(exported.stream().anyMatch(r -> r.get(1).equals(nurse) && r.get(5).equals("Completed")));

        Ui.signOut(browser);
        Ui.signIn(browser, DemoAccounts.ADMIN);
        browser.open("admin/assignments.xhtml");
        WebElement line = browser.driver().findElements(By.cssSelector("[id='ruleList:rules_data'] > tr")).stream()
                .filter(tr -> tr.getText().contains(rule)).findFirst().orElseThrow(() -> new AssertionError(
                        Ui.byId(browser, "ruleList:rules").getText()));
        assertTrue(line.getText().contains("job role RN-ONC in department INFUSION in the line of LR3001"),
                line.getText());
        line.findElement(By.cssSelector("button[id$=':end']")).click();
        Ui.confirm(browser);
        assertTrue(Ui.byId(browser, "messages").getText().contains("The rule \"" + rule + "\" has ended"));
        assertTrue(!Ui.byId(browser, "ruleList:rules").getText().contains(rule), "no longer in force");
    }

    /** "Remind everyone in this view" is switched off, and the reason beside it describes it. */
    private void assertRemindOff(String reason) {
        WebElement remind = Ui.byId(browser, "workbench:remindView");
        assertTrue(!remind.isEnabled(), "Remind is off");
        assertEquals("workbench:remindUnavailable", remind.getAttribute("aria-describedby"));
        assertEquals(reason, Ui.byId(browser, "workbench:remindUnavailable").getText());
    }

    /** The nurse's own account, past the first sign-in's change of the temporary password. */
    private WebClient signedInWithOwnPassword(WebClient admin, String employeeId) {
        HttpResponse<String> issued = admin.post("api/admin/accounts/" + employeeId.toLowerCase()
                + "/temporary-password", "application/json", "");
        String temporary = Json.object(issued.body()).getString("temporaryPassword");
        WebClient person = new WebClient(base);
        person.signIn(employeeId.toLowerCase(), temporary);
        String own = "Quiet-Infusion-Bay-" + employeeId.substring(1, 5);
        assertEquals(204, person.put("api/me/password", "application/json",
                "{\"current\": \"" + temporary + "\", \"replacement\": \"" + own + "\"}").statusCode());
        return person;
    }

    /** Completes the course for the nurse the quickest way tests do: the administrator waives both its AUs. */
    private static void completeForTheNurse(WebClient admin, String employeeId, String course) {
        HttpResponse<String> listed = admin.getJson("api/admin/enrolments?employeeId=" + employeeId);
        JsonObject enrolment = Json.array(listed.body()).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("courseIri").equals(course)).findFirst()
                .orElseThrow(() -> new AssertionError("not enrolled: " + listed.body()));
        for (String au : List.of("lesson", "assessment")) {
            HttpResponse<String> waived = admin.post("api/admin/enrolments/" + enrolment.getInt("id") + "/waivers",
                    "application/json", "{\"au\": \"" + course + "/au/" + au + "\", \"reason\": \"Tested Out\"}");
            assertEquals(204, waived.statusCode(), waived.body());
        }
    }

    /** A row of the page in the export's columns: the state without the progress, and no "Required by". */
    private static List<String> shown(List<String> row) {
        List<String> cells = new ArrayList<>(row.subList(0, 8));
        cells.set(5, row.get(5).replaceAll(" · \\d+%$", ""));
        return cells;
    }

    /** Downloads the export as the signed-in browser would, and reads its rows back with POI. */
    private List<List<String>> xlsx(String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                download.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(List.of("Name", "Employee id", "Department", "Job role", "Course", "State", "Due",
                    "Last completed"), cells(sheet.getRow(0)));
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
            return rows;
        }
    }

    /** The first eight cells of a row as the page writes them (dates in CareLearn's style). */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                cells.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                cells.add(SHOWN.format(cell.getLocalDateTimeCellValue().toLocalDate()));
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }
}
