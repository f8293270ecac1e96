package org.carelearn.casework.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.testing.Browser;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.PdfText;
import org.carelearn.testing.ScreenshotOnFailure;
import org.carelearn.testing.Ui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A liaison records a verbal complaint about communication on the intake page, makes it a grievance when it cannot
 * be resolved promptly (its clock starts), answers it in writing and prints the letter (a PDF naming the contact,
 * the steps taken, the results and the date of completion); a letter recorded
 * as a "complaint" is refused with the reason and nothing is recorded. One signed-in browser for the journey.
 */
class CaseIntakeBrowserIT extends DeployedCareLearn {

    private Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void liaisonSignsIn() {
        browser = new Browser(base);
        Ui.signIn(browser, DemoAccounts.LIAISON);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aVerbalComplaintBecomesAGrievanceAndIsAnsweredInWriting() throws IOException, InterruptedException {
        String patient = "BRP-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        fillIntake(patient, "Telephone");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "intake:record"));
        assertTrue(browser.text().contains("The complaint is recorded."), browser.text());
        assertEquals("Received", Ui.byId(browser, "status").getText());

        Ui.type(browser, "work:text", "Could not be resolved on the call; the family wants the ward's account");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "work:grievance"));
        assertTrue(browser.text().contains("now a grievance"), browser.text());
        assertTrue(Ui.byId(browser, "clock").getText().startsWith("Response due"), Ui.byId(browser, "clock").getText());

        Ui.type(browser, "work:contact", "Omar Haddad, Patient Relations Liaison");
        Ui.type(browser, "work:steps", "Met the charge nurse and read the notes of the day.");
        Ui.type(browser, "work:results", "The nurse now calls the family after each change of plan.");
        // the date as the picker's input submits it, set directly rather than typed through the picker's popup
        LocalDate completed = LocalDate.now(ZoneId.of("America/New_York"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                Ui.byId(browser, "work:completedOn_input"), completed.toString());
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "work:respond"));
        assertEquals("Responded", Ui.byId(browser, "status").getText(), browser.text());
        assertTrue(Ui.byId(browser, "clock").getText().startsWith("Answered on time"));
        assertTrue(Ui.byId(browser, "patient").getText().startsWith(patient));

        // the letter the link prints: the contact, the steps, the results and the date of completion (42 CFR
        // 482.13(a)(2)(iii)), fetched with the browser's own session
        String href = Ui.byId(browser, "letter").getAttribute("href");
        assertTrue(href.endsWith("/letter"), href);
        String letter = PdfText.of(download(href)).text().replaceAll("\\s+", " ");
        assertTrue(letter.contains("Omar Haddad, Patient Relations Liaison"), letter);
        assertTrue(letter.contains("Met the charge nurse and read the notes of the day."), letter);
        assertTrue(letter.contains("The nurse now calls the family after each change of plan."), letter);
        assertTrue(letter.contains("Date of completion " + DateStyle.date(completed)), letter);
    }

    private byte[] download(String href) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        return pdf.body();
    }

    @Test
    void aLetterRecordedAsAComplaintIsRefusedWithTheReason() {
        String patient = "BRP-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        fillIntake(patient, "Letter");
        Ui.clickAndWaitForNewPage(browser, Ui.byId(browser, "intake:record"));
        assertTrue(browser.text().contains("is always a grievance"), browser.text());
        assertTrue(Ui.path(browser).endsWith("/cases/intake.xhtml"), Ui.path(browser));
    }

    private void fillIntake(String patient, String channel) {
        browser.open("cases/intake.xhtml");
        new Select(Ui.byId(browser, "intake:channel")).selectByVisibleText(channel);
        Ui.type(browser, "intake:patientId", patient);
        Ui.type(browser, "intake:patientInitials", "R.T.");
        new Select(Ui.byId(browser, "intake:department")).selectByVisibleText("Inpatient Oncology Nursing");
        new Select(Ui.byId(browser, "intake:stage")).selectByVisibleText("Care on the ward");
        browser.driver().findElement(By.cssSelector("input[value='COMMUNICATION']")).click();
        Ui.type(browser, "intake:summary", "The son was not told the scan was moved to the afternoon.");
    }
}
