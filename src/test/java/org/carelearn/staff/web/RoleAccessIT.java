package org.carelearn.staff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/** Every page and REST path is protected by role; each role is refused what it may not see. */
class RoleAccessIT extends DeployedCareLearn {

    private static final List<String> ADMIN_PATHS = List.of("admin/staff.xhtml", "admin/staff-member.xhtml",
            "admin/organisation.xhtml", "admin/hr-import.xhtml", "admin/audit.xhtml", "admin/courses.xhtml",
            "api/admin/staff", "api/admin/audit", "api/admin/staff/LR3002", "api/admin/courses");
    private static final List<String> SIGNED_IN_PATHS = List.of("index.xhtml", "account/password.xhtml", "api/me",
            "api/departments", "api/job-roles", "cases/index.xhtml", "api/cases", "api/cases/export");
    /** Case intake and import: patient relations only. */
    private static final List<String> PATIENT_RELATIONS_PATHS = List.of("cases/intake.xhtml");
    /** Which competencies cases need: administrators and patient relations managers only. */
    private static final List<String> CASE_SETTINGS_PATHS = List.of("cases/competencies.xhtml");
    private static final List<String> ROLE_PAGES = List.of("team/index.xhtml", "team/member.xhtml?employeeId=LR3011",
            "leadership/index.xhtml");
    /** A demo department and a category linked to a competency: a training effect the leader may open. */
    private static final String EFFECT = "department=ONC-INPT&category=COMMUNICATION";
    /** Leadership's reports and their exports (issue 11): leadership only. */
    private static final List<String> LEADERSHIP_PATHS = List.of("leadership/coverage.xhtml",
            "leadership/coverage-people.xhtml?competency=x", "leadership/coverage.csv", "leadership/coverage.xlsx",
            "leadership/compliance.xhtml", "leadership/compliance.csv", "leadership/compliance.xlsx",
            "leadership/audit.xhtml", "leadership/audit.csv", "leadership/complaints.xhtml",
            "leadership/complaints.csv", "leadership/complaints.xlsx", "leadership/effect.xhtml?" + EFFECT,
            "leadership/effect.csv?" + EFFECT, "leadership/effect.xlsx?" + EFFECT,
            "leadership/effect-periods.csv?" + EFFECT, "leadership/effect-periods.xlsx?" + EFFECT,
            "leadership/patient-experience.xhtml",
            "leadership/patient-experience.csv", "leadership/patient-experience.xlsx", "leadership/survey-pack.xhtml",
            "leadership/audit.xlsx", "leadership/departments.csv", "leadership/departments.xlsx",
            "leadership/coverage-people.csv?competency=x", "leadership/coverage-people.xlsx?competency=x");
    /** The survey-ready pack's files (issue 11): leadership only; a leader asking for no pack gets a 404. */
    private static final List<String> PACK_FILES = List.of("leadership/survey-pack.pdf?id=x",
            "leadership/survey-pack.xlsx?id=x");

    @Test
    void anonymousRequestsGetTheSignInFormExceptForTheSignInPageAndAssets() {
        WebClient anonymous = new WebClient(base);
        for (String path : concat(ADMIN_PATHS, SIGNED_IN_PATHS, ROLE_PAGES, PATIENT_RELATIONS_PATHS, CASE_SETTINGS_PATHS,
                List.of("cases/case.xhtml?id=00000000-0000-4000-8000-000000000000", ""))) {
            HttpResponse<String> response = anonymous.get(path);
            assertTrue(response.body().contains("action=\"/j_security_check\""), path + " must show the sign-in form");
            assertTrue(!response.body().contains("LR3002") && !response.body().contains("aisha.bello"),
                    path + " must not leak data");
        }
        assertEquals(200, anonymous.get("signin.xhtml").statusCode());
        HttpResponse<String> css = anonymous.get("jakarta.faces.resource/carelearn.css.xhtml?ln=carelearn");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".app-main"));
    }

    @Test
    void aLearnerIsRefusedAdminManagerAndLeadershipPagesAndPaths() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        for (String path : concat(ADMIN_PATHS, ROLE_PAGES, PATIENT_RELATIONS_PATHS, CASE_SETTINGS_PATHS)) {
            HttpResponse<String> response = learner.get(path);
            assertEquals(403, response.statusCode(), path);
            assertTrue(!response.body().contains("aisha.bello@"), path);
        }
        assertTrue(learner.get("admin/staff.xhtml").body().contains("This page belongs to another role"));
        assertEquals(403, learner.post("api/admin/staff", "application/json", "{}").statusCode());
        assertEquals(403, learner.post("api/admin/hr-import", "text/csv", "employee_id\n").statusCode());
        for (String path : SIGNED_IN_PATHS) {
            assertEquals(200, learner.get(path).statusCode(), path);
        }
    }

    @Test
    void managersSeeTheirTeamButNotAdministrationOrLeadership() {
        WebClient manager = WebClient.signedIn(base, DemoAccounts.MANAGER);
        HttpResponse<String> team = manager.get("team/index.xhtml");
        assertEquals(200, team.statusCode());
        assertTrue(team.body().contains("Bello, Aisha"), "the nurse manager's direct report");
        assertTrue(!team.body().contains("Lachance"), "an inactive report is not listed");
        assertEquals(403, manager.get("admin/staff.xhtml").statusCode());
        assertEquals(403, manager.get("leadership/index.xhtml").statusCode());
    }

    @Test
    void leadershipSeesDepartmentsButNotAdministration() {
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        HttpResponse<String> departments = leader.get("leadership/index.xhtml");
        assertEquals(200, departments.statusCode());
        assertTrue(departments.body().contains("Registration and Front Desk"));
        assertEquals(403, leader.get("admin/audit.xhtml").statusCode());
        assertEquals(403, leader.getJson("api/admin/audit").statusCode());
    }

    @Test
    void learnersAndManagersAreRefusedLeadershipReportsAndExportsAndTheRefusalsAreAudited() {
        for (DemoAccounts who : List.of(DemoAccounts.LEARNER, DemoAccounts.MANAGER)) {
            WebClient client = WebClient.signedIn(base, who);
            for (String path : LEADERSHIP_PATHS) {
                HttpResponse<String> response = client.get(path);
                assertEquals(403, response.statusCode(), who + " " + path);
                assertTrue(!response.body().contains("coverage-cell") && !response.body().contains("Completed (%)"),
                        who + " " + path + " must not show the report");
            }
        }
        for (DemoAccounts who : List.of(DemoAccounts.LEARNER, DemoAccounts.MANAGER)) {
            WebClient client = WebClient.signedIn(base, who);
            for (String path : PACK_FILES) {
                assertEquals(403, client.get(path).statusCode(), who + " " + path);
            }
            assertEquals(403, client.post("api/leadership/patient-experience", "text/csv",
                    "department,quarter,measure,top_box_percent,surveys\n").statusCode(), who.name());
        }
        WebClient leader = WebClient.signedIn(base, DemoAccounts.LEADERSHIP);
        for (String path : LEADERSHIP_PATHS) {
            if (!path.contains("coverage-people")) {
                assertEquals(200, leader.get(path).statusCode(), path);
            }
        }
        for (String path : PACK_FILES) {
            assertEquals(404, leader.get(path).statusCode(), path);
        }
        String refusals = WebClient.signedIn(base, DemoAccounts.ADMIN)
                .getJson("api/admin/audit?action=PAGE_FORBIDDEN&actor=" + DemoAccounts.MANAGER.username + "&max=1000")
                .body();
        for (String path : List.of("/leadership/coverage.xhtml", "/leadership/coverage.xlsx",
                "/leadership/compliance.csv", "/leadership/audit.csv", "/leadership/complaints.xlsx",
                "/leadership/effect.xhtml", "/leadership/effect-periods.csv", "/leadership/patient-experience.xhtml",
                "/leadership/survey-pack.xhtml", "/leadership/survey-pack.pdf")) {
            assertTrue(refusals.contains("\"targetId\":\"" + path), path + " refused and audited: " + refusals);
        }
    }

    @Test
    void adminsReachAdministration() {
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        for (String path : concat(ADMIN_PATHS, CASE_SETTINGS_PATHS)) {
            assertEquals(200, admin.get(path).statusCode(), path);
        }
    }

    @Test
    void patientRelationsRecordsCasesAndOthersMayNot() {
        WebClient liaison = WebClient.signedIn(base, DemoAccounts.LIAISON);
        for (String path : concat(PATIENT_RELATIONS_PATHS, SIGNED_IN_PATHS)) {
            assertEquals(200, liaison.get(path).statusCode(), path);
        }
        for (String path : concat(ADMIN_PATHS, ROLE_PAGES, CASE_SETTINGS_PATHS)) {
            assertEquals(403, liaison.get(path).statusCode(), path + ": a liaison who is not a manager");
        }
        WebClient prManager = WebClient.signedIn(base, DemoAccounts.PATIENT_RELATIONS_MANAGER);
        for (String path : CASE_SETTINGS_PATHS) {
            assertEquals(200, prManager.get(path).statusCode(), path);
        }
        for (DemoAccounts other : List.of(DemoAccounts.MANAGER, DemoAccounts.LEADERSHIP, DemoAccounts.ADMIN)) {
            WebClient client = WebClient.signedIn(base, other);
            assertEquals(403, client.get("cases/intake.xhtml").statusCode(), other.name());
            assertEquals(403, client.post("api/cases/import", "text/csv", "case_number\n").statusCode(), other.name());
            if (other != DemoAccounts.ADMIN) {
                assertEquals(403, client.get("cases/competencies.xhtml").statusCode(), other.name());
            }
            assertEquals(200, client.get("cases/index.xhtml").statusCode(), other.name());
        }
        // a case that does not exist, or is not theirs to see, is the not-found page for every role
        for (DemoAccounts any : DemoAccounts.values()) {
            WebClient client = WebClient.signedIn(base, any);
            assertEquals(404, client.get("cases/case.xhtml?id=00000000-0000-4000-8000-000000000000").statusCode());
            assertEquals(404, client.getJson("api/cases/00000000-0000-4000-8000-000000000000").statusCode());
            assertEquals(404, client.get("api/cases/00000000-0000-4000-8000-000000000000/letter").statusCode());
        }
    }

    /**
     * Every case page and resource for a real case, by role: anonymous gets the sign-in form; those it is hidden
     * from (a learner it does not name, an administrator, a validator) the not-found answer everywhere and no
     * line in the list or export; the manager of the nurse it names and leadership see it but may not work it;
     * patient relations sees and works it. Intake, import and the competency settings are above.
     */
    @Test
    void everyCasePageAndResourceByRole() {
        WebClient liaison = WebClient.signedIn(base, DemoAccounts.LIAISON);
        HttpResponse<String> created = liaison.post("api/cases", "application/json", """
                {"kind":"GRIEVANCE","channel":"LETTER","receivedOn":"%s","raisedBy":"PATIENT","patientId":"ITP-%06d",
                 "patientInitials":"J.Q.","departmentCode":"ONC-INPT","stage":"CARE_ON_THE_WARD",
                 "categories":["RESPECT_PATIENT_RIGHTS"],"severity":"LOW",
                 "summary":"Woken for a scan that had been cancelled.","staffInvolved":["LR3003"],
                 "ownerEmployeeId":"LR2003"}"""
                .formatted(LocalDate.now().minusDays(3), ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.object(created.body()).getString("id");
        String page = "cases/case.xhtml?id=" + id;
        String one = "api/cases/" + id;
        String note = "{\"step\":\"note\",\"text\":\"Called the ward\"}";

        WebClient anonymous = new WebClient(base);
        for (String path : List.of(page, one, one + "/letter")) {
            assertTrue(anonymous.get(path).body().contains("action=\"/j_security_check\""), path);
        }
        for (String path : List.of(one + "/steps", "api/cases", "api/cases/import")) {
            assertTrue(anonymous.post(path, "application/json", note).body().contains("action=\"/j_security_check\""),
                    path);
        }

        for (DemoAccounts hidden : List.of(DemoAccounts.LEARNER, DemoAccounts.ADMIN, DemoAccounts.VALIDATOR)) {
            WebClient client = WebClient.signedIn(base, hidden);
            assertEquals(404, client.get(page).statusCode(), hidden + " " + page);
            assertEquals(404, client.getJson(one).statusCode(), hidden + " " + one);
            assertEquals(404, client.get(one + "/letter").statusCode(), hidden + " letter");
            assertEquals(404, client.post(one + "/steps", "application/json", note).statusCode(), hidden + " step");
            assertTrue(!client.getJson("api/cases").body().contains(id), hidden + " list");
            assertTrue(!client.get("api/cases/export").body().contains(id), hidden + " export");
        }
        for (DemoAccounts sees : List.of(DemoAccounts.MANAGER, DemoAccounts.LEADERSHIP)) {
            WebClient client = WebClient.signedIn(base, sees);
            assertEquals(200, client.get(page).statusCode(), sees + " " + page);
            assertEquals(200, client.getJson(one).statusCode(), sees + " " + one);
            assertTrue(client.get(one + "/letter").body().contains("The case has no written response yet"),
                    sees + " reaches the letter");
            assertTrue(client.getJson("api/cases").body().contains(id), sees + " list");
            assertTrue(client.get("api/cases/export").body().contains(id), sees + " export");
            HttpResponse<String> step = client.post(one + "/steps", "application/json", note);
            assertEquals(400, step.statusCode(), sees + " step");
            assertTrue(step.body().contains("Only patient relations and the case's owner work on a case"), step.body());
        }
        for (DemoAccounts works : List.of(DemoAccounts.LIAISON, DemoAccounts.PATIENT_RELATIONS_MANAGER)) {
            WebClient client = works == DemoAccounts.LIAISON ? liaison : WebClient.signedIn(base, works);
            assertEquals(200, client.get(page).statusCode(), works + " " + page);
            assertEquals(200, client.post(one + "/steps", "application/json", note).statusCode(), works + " step");
            assertTrue(client.get("api/cases/export").body().contains(id), works + " export");
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
