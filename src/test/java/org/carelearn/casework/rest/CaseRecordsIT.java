package org.carelearn.casework.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.PatientReferences;
import org.carelearn.testing.PdfText;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * /api/cases and the case pages as their callers see them: a liaison records a verbal complaint that becomes a
 * grievance and answers it in writing; the letter prints; the nurse it names sees only that it names her and the
 * outcome; her manager sees it whole; a learner and a manager of another department, and an administrator, get
 * the same not-found as for a case that does not exist; the audit trail has every view and both refusals; and
 * the patient reference reaches no log.
 */
class CaseRecordsIT extends DeployedCareLearn {

    private static String patientId() {
        return "ITP-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static String intake(String patientId, String kind, String channel) {
        return """
                {"kind":"%s","channel":"%s","receivedOn":"%s","raisedBy":"FAMILY_MEMBER","patientId":"%s",
                 "patientInitials":"J.Q.","departmentCode":"ONC-INPT","stage":"CARE_ON_THE_WARD",
                 "categories":["COMMUNICATION"],"severity":"MEDIUM",
                 "summary":"Daughter was not told of the change in her father's treatment plan.",
                 "staffInvolved":["LR3002"],"ownerEmployeeId":"LR2003"}
                """.formatted(kind, channel, LocalDate.now().minusDays(2), patientId);
    }

    @Test
    void aVerbalComplaintBecomesAGrievanceIsAnsweredAndSeenOnlyByThoseWhoMay() throws IOException {
        WebClient liaison = WebClient.signedIn(base, DemoAccounts.LIAISON);
        String patient = patientId();
        HttpResponse<String> created = liaison.post("api/cases", "application/json",
                intake(patient, "COMPLAINT", "TELEPHONE"));
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.object(created.body()).getString("id");

        assertEquals(200, liaison.post("api/cases/" + id + "/steps", "application/json",
                "{\"step\":\"grievance\",\"text\":\"Not resolved on the call; needs the ward's account\"}")
                .statusCode());
        liaison.post("api/cases/" + id + "/steps", "application/json", "{\"step\":\"acknowledge\"}");
        HttpResponse<String> refusedClose = liaison.post("api/cases/" + id + "/steps", "application/json",
                "{\"step\":\"close\",\"text\":\"done\"}");
        assertEquals(400, refusedClose.statusCode());
        assertTrue(refusedClose.body().contains("Send the written response before closing"), refusedClose.body());
        HttpResponse<String> answered = liaison.post("api/cases/" + id + "/steps", "application/json", """
                {"step":"respond","contactPerson":"Lucia Ferreira, Patient Relations Liaison",
                 "stepsTaken":"Spoke with the nurses on duty and read the care plan notes.",
                 "results":"The care plan change is now explained to the family at the bedside.",
                 "completedOn":"%s"}""".formatted(LocalDate.now().minusDays(1)));
        assertEquals(200, answered.statusCode(), answered.body());
        JsonObject whole = Json.object(answered.body()).getJsonObject("details");
        assertEquals("Grievance", whole.getJsonObject("line").getString("kind"));
        assertEquals("Responded", whole.getJsonObject("line").getString("status"));
        assertEquals(patient, whole.getString("patientIdentifier"));

        HttpResponse<byte[]> letter = liaison.download("api/cases/" + id + "/letter");
        assertEquals(200, letter.statusCode());
        PdfText pdf = PdfText.of(letter.body());
        assertTrue(pdf.text().contains("Lucia Ferreira, Patient Relations Liaison"), pdf.text());
        assertTrue(pdf.text().contains("Spoke with the nurses on duty"), pdf.text());
        assertTrue(pdf.text().contains("now explained to the family at the bedside"), pdf.text());
        assertTrue(pdf.text().contains("Date of completion"), pdf.text());

        // the nurse it names: that it names her and the outcome, nothing of the patient
        WebClient nurse = WebClient.signedIn(base, DemoAccounts.LEARNER);
        HttpResponse<String> named = nurse.getJson("api/cases/" + id);
        assertEquals(200, named.statusCode());
        assertFalse(named.body().contains(patient), named.body());
        assertTrue(named.body().contains("now explained to the family"), named.body());
        HttpResponse<String> namedPage = nurse.get("cases/case.xhtml?id=" + id);
        assertTrue(namedPage.body().contains("names you"), namedPage.body());
        assertFalse(namedPage.body().contains(patient));
        assertEquals(400, nurse.download("api/cases/" + id + "/letter").statusCode(), "the letter is for its handlers");

        // her manager sees it whole, on the page too
        WebClient manager = WebClient.signedIn(base, DemoAccounts.MANAGER);
        HttpResponse<String> managersPage = manager.get("cases/case.xhtml?id=" + id);
        assertEquals(200, managersPage.statusCode());
        assertTrue(managersPage.body().contains(patient));

        // another department's learner and manager, and an administrator: not found, like a missing case
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        String otherManagerId = SampleStaff.uniqueEmployeeId();
        String otherLearnerId = SampleStaff.uniqueEmployeeId();
        WebClient otherManager = person(admin, otherManagerId, "LR4001", "[\"LEARNER\",\"MANAGER\"]");
        WebClient otherLearner = person(admin, otherLearnerId, otherManagerId, "[\"LEARNER\"]");
        String missing = "00000000-0000-4000-8000-000000000000";
        HttpResponse<String> notThere = otherLearner.get("cases/case.xhtml?id=" + missing);
        for (WebClient outsider : List.of(otherManager, otherLearner, admin)) {
            HttpResponse<String> page = outsider.get("cases/case.xhtml?id=" + id);
            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("There is no page at this address"), "the same answer as a missing case");
            assertFalse(page.body().contains(patient));
            assertEquals(404, outsider.getJson("api/cases/" + id).statusCode());
            assertFalse(outsider.getJson("api/cases").body().contains(id));
        }
        assertEquals(404, notThere.statusCode());
        assertTrue(notThere.body().contains("There is no page at this address"));

        // the audit trail: every view and the refusals, by the case's opaque id
        HttpResponse<String> trail = admin.getJson("api/admin/audit?targetType=CaseRecord&targetId=" + id
                + "&max=200");
        assertEquals(200, trail.statusCode());
        String events = trail.body();
        assertTrue(events.contains("CASE_RECORDED"), events);
        assertTrue(events.contains("CASE_PRINTED"), events);
        assertTrue(count(events, "CASE_VIEWED") >= 4, events);
        assertTrue(count(events, "CASE_ACCESS_REFUSED") >= 6, events);
        assertTrue(events.contains(otherManagerId.toLowerCase()) && events.contains(otherLearnerId.toLowerCase()),
                events);
        assertFalse(events.contains(patient), "the audit trail names the case, never the patient");

        assertNoLogNames(patient);
    }

    @Test
    void aWrittenComplaintIsRefusedAndNothingIsRecorded() {
        WebClient liaison = WebClient.signedIn(base, DemoAccounts.LIAISON);
        String patient = patientId();
        HttpResponse<String> refused = liaison.post("api/cases", "application/json",
                intake(patient, "COMPLAINT", "LETTER"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("always a grievance"), refused.body());
        // a letter received twelve days ago is a grievance already late: the owner's list says so in words
        HttpResponse<String> late = liaison.post("api/cases", "application/json", intake(patient, "GRIEVANCE", "LETTER")
                .replace(LocalDate.now().minusDays(2).toString(), LocalDate.now().minusDays(12).toString()));
        assertEquals(201, late.statusCode(), late.body());
        String lateId = Json.object(late.body()).getString("id");
        WebClient owner = WebClient.signedIn(base, DemoAccounts.LIAISON);
        HttpResponse<String> list = owner.get("cases/index.xhtml?department=ONC-INPT");
        assertEquals(200, list.statusCode());
        int row = list.body().indexOf(lateId);
        assertTrue(row > 0, "the new grievance is listed");
        String rest = list.body().substring(row);
        assertTrue(rest.substring(0, rest.indexOf("</tr>")).matches("(?s).*clock clock-late\">Late: response was due .*"),
                rest.substring(0, rest.indexOf("</tr>")));
        assertFalse(list.body().contains(patient), "lists never show the patient");

        HttpResponse<String> learner = WebClient.signedIn(base, DemoAccounts.LEARNER).post("api/cases",
                "application/json", intake(patientId(), "GRIEVANCE", "LETTER"));
        assertEquals(400, learner.statusCode());
        assertTrue(learner.body().contains("Only patient relations records cases"), learner.body());
    }

    @Test
    void theImportIsIdempotentAndOneBadRowImportsNothing() {
        WebClient liaison = WebClient.signedIn(base, DemoAccounts.LIAISON);
        String prefix = "IT-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String header = "case_number,received_on,kind,channel,raised_by,patient_id,patient_initials,department_code,"
                + "stage,categories,severity,summary,staff_involved,owner_employee_id\n";
        String good = header
                + prefix + "-1,2026-01-05,COMPLAINT,IN_PERSON,PATIENT,ITP-100001,AB,INFUSION,OUTPATIENT_TREATMENT,"
                + "ENVIRONMENT,LOW,Cold infusion bay,LR4002,LR2004\n"
                + prefix + "-2,2026-01-06,GRIEVANCE,LETTER,REPRESENTATIVE,ITP-100002,CD,RADONC,OUTPATIENT_TREATMENT,"
                + "COMMUNICATION;LANGUAGE_ACCESS,HIGH,\"No interpreter, twice\",,LR2005\n";
        HttpResponse<String> first = liaison.post("api/cases/import?fileName=" + prefix + ".csv", "text/csv", good);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(2, Json.object(first.body()).getInt("created"));
        HttpResponse<String> again = liaison.post("api/cases/import?fileName=" + prefix + ".csv", "text/csv", good);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, Json.object(again.body()).getInt("created"));
        assertEquals(2, Json.object(again.body()).getInt("unchanged"));

        String bad = header
                + prefix + "-3,2026-01-07,COMPLAINT,TELEPHONE,PATIENT,ITP-100003,EF,INFUSION,ADMISSION,BILLING,LOW,"
                + "Double bill,,\n"
                + prefix + "-4,2026-01-08,COMPLAINT,EMAIL,PATIENT,ITP-100004,GH,INFUSION,ADMISSION,BILLING,LOW,"
                + "Written but called a complaint,,\n";
        HttpResponse<String> refused = liaison.post("api/cases/import", "text/csv", bad);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Line 3 (" + prefix + "-4)"), refused.body());
        assertTrue(refused.body().contains("always a grievance"), refused.body());
        String listed = liaison.getJson("api/cases?department=INFUSION").body();
        assertFalse(listed.contains(prefix + "-3"), "the good row of a refused file is not imported either");
        assertTrue(listed.contains(prefix + "-1"));
        assertEquals(403, WebClient.signedIn(base, DemoAccounts.MANAGER).post("api/cases/import", "text/csv", good)
                .statusCode());
    }

    private WebClient person(WebClient admin, String employeeId, String managerId, String roles) {
        String json = """
                {"employeeId":"%s","givenName":"Case","familyName":"Outsider","email":"%s@test.lindenridge.example",
                 "departmentCode":"INFUSION","jobRoleCode":"RN-INFUSION","managerEmployeeId":"%s",
                 "hireDate":"2024-03-04","roles":%s}""".formatted(employeeId, employeeId.toLowerCase(), managerId,
                roles);
        HttpResponse<String> created = admin.post("api/admin/staff", "application/json", json);
        assertEquals(201, created.statusCode(), created.body());
        String temporary = Json.object(admin.post("api/admin/accounts/" + employeeId.toLowerCase()
                + "/temporary-password", "application/json", "").body()).getString("temporaryPassword");
        WebClient person = new WebClient(base);
        person.signIn(employeeId.toLowerCase(), temporary);
        String own = "Case-Outsider-Pass-" + employeeId.substring(1, 5);
        assertEquals(204, person.put("api/me/password", "application/json",
                "{\"current\": \"" + temporary + "\", \"replacement\": \"" + own + "\"}").statusCode());
        return person;
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }

    /** This journey's patient, and every other case fixture's and the demo's by their shapes. */
    private static void assertNoLogNames(String patient) throws IOException {
        Path logs = Path.of(System.getProperty("jboss.home"), "standalone", "log");
        try (var list = Files.list(logs)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(patient),
                        file + " names the patient");
            }
        }
        PatientReferences.assertNoneInLogs();
    }
}
