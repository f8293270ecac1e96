package org.carelearn.assignment.application;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carelearn.assignment.application.WorkbenchView.Sort;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workbench's read side against the real database: a manager's line two levels deep (a lead and three nurses
 * under her), someone outside it, two courses; what each view (filters, orders, pages) shows, its count, the
 * filters' choices, the people "Remind everyone" would write to, and the rows following what happens (people
 * joining, rules made and ended). Each test makes its own people and courses, so the line is its own whatever else
 * the shared database holds.
 */
@ExtendWith(ArquillianExtension.class)
class WorkbenchQueryIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    Workbench workbench;

    @Inject
    AssignmentRules rules;

    @Inject
    Catalog catalog;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    HospitalTime time;

    private final List<Long> made = new ArrayList<>();
    private String manager;
    private String lead;
    private String adams;
    private String baker;
    private String carter;
    private String outsider;
    private String alpha;
    private String beta;
    private WorkbenchScope line;

    @BeforeEach
    void aLineOfFourAndTwoCourses() {
        alpha = SampleCourses.uniqueCourseIri();
        beta = SampleCourses.uniqueCourseIri();
        catalog.importPackage("workbench-alpha.zip", new ByteArrayInputStream(SampleCourses.goodPackage(alpha,
                "Alpha hygiene")), ADMIN);
        catalog.importPackage("workbench-beta.zip", new ByteArrayInputStream(SampleCourses.goodPackage(beta,
                "Beta consent")), ADMIN);
        manager = uniqueEmployeeId();
        lead = uniqueEmployeeId();
        adams = uniqueEmployeeId();
        baker = uniqueEmployeeId();
        carter = uniqueEmployeeId();
        outsider = uniqueEmployeeId();
        ImportResult result = hrFeed.run(ADMIN, "workbench-query-it.csv", new StringReader(hrFeed(
                row(manager, "Mona", "Manager", "SW-MGR", "LR7001"), row(lead, "Lena", "Lead", "SW-MGR", manager),
                row(adams, "Ada", "Adams", "SW-ONC", lead), row(baker, "Bo", "baker", "SW-ONC", lead),
                row(carter, "Cy", "Carter", "SW-ONC", lead), row(outsider, "Otto", "Aaron", "SW-ONC", "LR7001"))),
                ImportProgress.NONE);
        assertTrue(result.accepted(), result.problems().toString());
        line = WorkbenchScope.lineOf(manager);
    }

    @AfterEach
    void endTheRulesMadeHere() {
        made.forEach(id -> rules.end(ADMIN, id));
    }

    private static String row(String employeeId, String givenName, String familyName, String jobRole,
            String manager) {
        return String.join(",", employeeId, givenName, familyName, employeeId.toLowerCase() + "@bench.lindenridge.example",
                "SOCWORK", jobRole, manager, "2023-05-01", "true");
    }

    private void requireAlphaOfTheLineAndBetaOfAdams() {
        made.add(rules.create(ADMIN, RuleDefinition.course("Hygiene for the line", alpha, TargetKind.WHOLE_LINE,
                manager, null, null, 5)).ruleId());
        made.add(rules.create(ADMIN, RuleDefinition.course("Consent for Ada", beta, TargetKind.PERSON, adams, null,
                null, 30)).ruleId());
    }

    private static WorkbenchView view(WorkbenchState state, String course, String jobRole, String search, Sort sort,
            boolean ascending) {
        return new WorkbenchView(state, course, null, jobRole, search, sort, ascending);
    }

    private List<String> shown(WorkbenchView view, int first, int max) {
        return workbench.page(line, view, first, max).stream()
                .map(r -> r.employeeId() + " " + (r.courseTitle() == null ? "-" : r.courseTitle()) + " "
                        + r.state().name())
                .toList();
    }

    @Test
    void everyoneInTheLineAtEveryLevelIsListedNobodyElseAndSomeoneWithNothingRequiredOnce() {
        List<WorkbenchRow> rows = workbench.rows(line, WorkbenchView.ALL);

        assertEquals(List.of(adams, baker, carter, lead), rows.stream().map(WorkbenchRow::employeeId).toList(),
                "by name, case aside (Adams, baker, Carter, Lead); not the manager, not the outsider (Aaron)");
        assertTrue(rows.stream().allMatch(r -> r.state() == WorkbenchState.NONE_ASSIGNED && r.courseIri() == null));
        assertEquals("Adams, Ada", rows.get(0).name());
        assertEquals(4, workbench.count(line, WorkbenchView.ALL));
        assertEquals(List.of(), workbench.peopleToRemind(line, WorkbenchView.ALL), "nothing to remind anyone of");
    }

    @Test
    void filtersOrdersPagesAndCountsAreTheDatabasesAndMatchWhatTheRowsSay() {
        requireAlphaOfTheLineAndBetaOfAdams();
        LocalDate today = time.today();

        WorkbenchView byName = WorkbenchView.ALL;
        assertEquals(5, workbench.count(line, byName));
        assertEquals(List.of(adams + " Alpha hygiene DUE_SOON", adams + " Beta consent NOT_STARTED"),
                shown(byName, 0, 2), "the first page: Ada's two courses, by title");
        assertEquals(List.of(baker + " Alpha hygiene DUE_SOON", carter + " Alpha hygiene DUE_SOON"),
                shown(byName, 2, 2));
        assertEquals(List.of(lead + " Alpha hygiene DUE_SOON"), shown(byName, 4, 2), "the last page holds one");
        assertEquals(List.of(), shown(byName, 6, 2), "past the end: nothing");
        WorkbenchRow first = workbench.page(line, byName, 0, 1).get(0);
        assertEquals(today.plusDays(5), first.dueOn());
        assertEquals("Hygiene for the line", first.rules());
        assertEquals(List.of(lead + " Alpha hygiene DUE_SOON", carter + " Alpha hygiene DUE_SOON"),
                shown(view(null, null, null, null, Sort.NAME, false), 0, 2), "descending by name");

        WorkbenchView dueSoon = view(WorkbenchState.DUE_SOON, null, null, null, Sort.NAME, true);
        assertEquals(4, workbench.count(line, dueSoon));
        WorkbenchView notStarted = view(WorkbenchState.NOT_STARTED, null, null, null, Sort.NAME, true);
        assertEquals(List.of(adams + " Beta consent NOT_STARTED"), shown(notStarted, 0, 25));
        assertEquals(0, workbench.count(line, view(WorkbenchState.OVERDUE, null, null, null, Sort.NAME, true)));
        assertEquals(Map.of(WorkbenchState.DUE_SOON, 4L, WorkbenchState.NOT_STARTED, 1L),
                workbench.countByState(line, byName));

        assertEquals(List.of(adams + " Beta consent NOT_STARTED"),
                shown(view(null, beta, null, null, Sort.NAME, true), 0, 25), "by course");
        List<String> jobRoles = workbench.jobRoles(line);
        assertEquals(2, jobRoles.size(), jobRoles.toString());
        String leadsRole = workbench.rows(line, view(null, null, null, lead, Sort.NAME, true)).get(0).jobRoleTitle();
        assertEquals(List.of(lead + " Alpha hygiene DUE_SOON"),
                shown(view(null, null, leadsRole, null, Sort.NAME, true), 0, 25), "by job role");
        assertEquals(List.of(baker + " Alpha hygiene DUE_SOON"),
                shown(view(null, null, null, "BAKER, b", Sort.NAME, true), 0, 25), "a part of the name, case aside");
        assertEquals(List.of(carter + " Alpha hygiene DUE_SOON"),
                shown(view(null, null, null, carter.toLowerCase(), Sort.NAME, true), 0, 25), "an employee id");
        assertEquals(0, workbench.count(line, view(null, null, null, "%", Sort.NAME, true)),
                "a wildcard in the search is a character like any other");
        assertEquals(0, workbench.count(line, view(null, null, null, "Aaron", Sort.NAME, true)),
                "the outsider is found by nobody's line");

        assertEquals(List.of(adams + " Alpha hygiene DUE_SOON", baker + " Alpha hygiene DUE_SOON"),
                shown(view(null, null, null, null, Sort.DUE, true), 0, 2), "soonest due first, ties by name");
        assertEquals(List.of(adams + " Beta consent NOT_STARTED", adams + " Alpha hygiene DUE_SOON"),
                shown(view(null, null, null, null, Sort.DUE, false), 0, 2), "latest due first, ties by name");
        assertEquals(adams + " Beta consent NOT_STARTED",
                shown(view(null, null, null, null, Sort.STATE, true), 4, 1).get(0), "most urgent first");
        assertEquals(adams + " Beta consent NOT_STARTED",
                shown(view(null, null, null, null, Sort.STATE, false), 0, 1).get(0), "least urgent first");

        assertEquals(List.of(alpha, beta), workbench.courses(line).stream().map(Map.Entry::getKey).toList(),
                "the course filter offers what the line is required to take, by title");
        assertEquals(Set.of(adams, baker, carter, lead), Set.copyOf(workbench.peopleToRemind(line, byName)));
        assertEquals(List.of(adams), workbench.peopleToRemind(line, notStarted));

        // the database's answer is the view's, as WorkbenchView orders and filters rows in memory
        List<WorkbenchRow> all = workbench.rows(line, WorkbenchView.ALL);
        for (Sort sort : Sort.values()) {
            for (boolean ascending : List.of(true, false)) {
                WorkbenchView view = view(null, null, null, null, sort, ascending);
                assertEquals(view.apply(all), workbench.rows(line, view), view.toString());
                List<WorkbenchRow> paged = new ArrayList<>();
                for (int from = 0; from < all.size(); from += 2) {
                    paged.addAll(workbench.page(line, view, from, 2));
                }
                assertEquals(view.apply(all), paged, "two rows a page: " + view);
            }
        }
        WorkbenchListing listed = workbench.listing(line, byName);
        assertEquals(5, listed.count());
        assertEquals(byName.apply(all).subList(1, 4), listed.page(1, 3), "the page's listing, from the second row");
        assertEquals(Set.of(adams, baker, carter, lead), Set.copyOf(listed.peopleToRemind()));
        WorkbenchListing listedNotStarted = workbench.listing(line, notStarted);
        assertEquals(1, listedNotStarted.count());
        assertEquals(List.of(adams), listedNotStarted.peopleToRemind());
        WorkbenchView nurses = view(null, null, all.get(0).jobRoleTitle(), null, Sort.NAME, false);
        assertEquals(nurses.apply(all).subList(1, 4), workbench.page(line, nurses, 1, 3),
                "a person filter (the nurses), from the second row");
        assertEquals(nurses.apply(all).size(), workbench.count(line, nurses));
    }

    @Test
    void whenALeadMovesThePeopleBelowHerMoveWithHer() {
        ImportResult moved = hrFeed.run(ADMIN, "workbench-query-move.csv", new StringReader(hrFeed(
                row(lead, "Lena", "Lead", "SW-MGR", outsider))), ImportProgress.NONE);
        assertTrue(moved.accepted(), moved.problems().toString());

        assertEquals(List.of(), workbench.rows(line, WorkbenchView.ALL), "nobody is left in the manager's line");
        assertEquals(List.of(adams, baker, carter, lead), workbench.rows(WorkbenchScope.lineOf(outsider),
                WorkbenchView.ALL).stream().map(WorkbenchRow::employeeId).toList(),
                "the lead and the three nurses below her are in her new manager's line");
    }

    @Test
    void theRowsFollowRulesBeingMadeAndEnded() {
        requireAlphaOfTheLineAndBetaOfAdams();
        assertEquals(5, workbench.count(line, WorkbenchView.ALL));

        rules.end(ADMIN, made.remove(1));

        assertEquals(List.of(adams + " Alpha hygiene DUE_SOON"),
                shown(view(null, null, null, adams, Sort.NAME, true), 0, 25), "Ada's consent course went with its rule");
        assertEquals(0, workbench.count(line, view(null, beta, null, null, Sort.NAME, true)));
    }
}
