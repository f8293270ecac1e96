package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.ScreenshotOnFailure;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * An admin imports the HR feed: a file with a wrong row changes nothing and says which line is wrong;
 * a good file is imported with visible progress, and its people are then in the directory.
 */
class HrImportBrowserIT extends DeployedCareLearn {

    private static final String DIRECTORY = "directory:staff";
    private static final int GOOD_ROWS = 400;

    @TempDir
    Path files;

    private Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void adminSignsIn() {
        browser = new Browser(base);
        Ui.signIn(browser, DemoAccounts.ADMIN);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndSaysWhy() throws IOException {
        String first = SampleStaff.uniqueEmployeeId();
        String second = SampleStaff.uniqueEmployeeId();
        String wrong = SampleStaff.uniqueEmployeeId();
        String last = SampleStaff.uniqueEmployeeId();
        Path feed = write("hr-feed-" + first + ".csv", SampleStaff.hrFeed(
                SampleStaff.hrRow(first, null),
                SampleStaff.hrRow(second, "LR7001"),
                SampleStaff.hrRow(wrong, null).replace(",SOCWORK,", ",NO-SUCH-DEPT,"),
                SampleStaff.hrRow(last, null)));

        upload(feed);
        String summary = Ui.byId(browser, "progress:summary").getText();
        List<List<String>> problems = Ui.rows(browser, "progress:problems");

        assertAll(
                () -> assertEquals("Nothing was imported: 1 problem in " + feed.getFileName(), summary),
                () -> assertEquals(List.of(List.of("4", wrong, "department code 'NO-SUCH-DEPT' is not in the directory")),
                        problems));

        browser.open("admin/staff.xhtml");
        for (String employeeId : List.of(first, second, last)) {
            Ui.type(browser, DIRECTORY + ":employeeIdColumn:filter", employeeId);
            Ui.until(browser, d -> Ui.report(browser, DIRECTORY).equals("0 staff"));
        }
        assertTrue(Ui.byId(browser, DIRECTORY).getText().contains("No staff member matches these filters."));
    }

    @Test
    void goodFileIsImportedWithProgressAndItsPeopleAreInTheDirectory() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < GOOD_ROWS; i++) {
            String employeeId = SampleStaff.uniqueEmployeeId();
            ids.add(employeeId);
            rows.add(SampleStaff.hrRow(employeeId, i % 2 == 0 ? "LR7001" : null));
        }
        Path feed = write("hr-feed-" + ids.get(0) + ".csv", SampleStaff.hrFeed(rows.toArray(String[]::new)));

        upload(feed);
        // the page comes back while the import runs (about a second for these rows), then polls until it ends
        boolean progressShown = Ui.present(browser, "progress:bar");
        String summary = Ui.byId(browser, "progress:summary").getText();

        assertAll(
                () -> assertTrue(progressShown, "the progress bar while the import runs"),
                () -> assertEquals(GOOD_ROWS + " rows: " + GOOD_ROWS + " added, 0 updated, 0 unchanged, 0 deactivated, 0 reactivated",
                        summary),
                () -> assertFalse(Ui.present(browser, "progress:problems")));

        String someone = ids.get(GOOD_ROWS / 2);
        browser.open("admin/staff.xhtml");
        Ui.type(browser, DIRECTORY + ":nameColumn:filter", "Person " + someone);
        Ui.until(browser, d -> Ui.report(browser, DIRECTORY).equals("1 staff"));
        List<String> found = Ui.rows(browser, DIRECTORY).get(0);
        assertEquals(List.of(someone, "Person " + someone + ", Test", someone.toLowerCase() + "@feed.lindenridge.example",
                "Social Work", "Oncology Social Worker", "Deborah Silverstein"), found.subList(0, 6));
    }

    /** Chooses the file, presses Import, and waits until the page shows the outcome or the progress. */
    private void upload(Path feed) {
        browser.open("admin/hr-import.xhtml");
        browser.driver().findElement(By.cssSelector("[id='upload'] input[type='file']"))
                .sendKeys(feed.toAbsolutePath().toString());
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "upload:start"));
    }

    private Path write(String name, String csv) throws IOException {
        return Files.writeString(files.resolve(name), csv);
    }
}
