package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.domain.CompetencyNeed;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.StandingRule;

/**
 * Each need of a person decided on a day by competency's {@link StandingRule}, for the coverage aggregate, with the
 * first later day it may be decided differently: the status depends on the day only through each piece of
 * evidence's day given, the day it lapses and the day the expiring window reaches that, so it stays the same until
 * the earliest of those after the day.
 */
final class CoverageStandings {

    private CoverageStandings() {
    }

    static List<ReportStanding> of(PersonFacts person, StandingRule rule, LocalDate on) {
        Map<String, List<Evidence>> byCompetency = new HashMap<>();
        person.evidence().forEach(e -> byCompetency.computeIfAbsent(e.competencyIdentifier(),
                k -> new ArrayList<>()).add(e.evidence()));
        List<ReportStanding> standings = new ArrayList<>();
        for (ReportNeed need : person.needs()) {
            List<Evidence> evidence = byCompetency.getOrDefault(need.competencyIdentifier(), List.of());
            CompetencyNeed needed = new CompetencyNeed(need.levelNeeded(), need.monthsCurrent());
            standings.add(new ReportStanding(person.person().employeeId(), need.competencyIdentifier(),
                    person.person().departmentCode(), person.person().jobRoleCode(),
                    rule.standing(evidence, needed, on).status(),
                    nextChange(evidence, need.monthsCurrent(), rule.expiringDays(), on)));
        }
        return standings;
    }

    static LocalDate nextChange(List<Evidence> evidence, int monthsCurrent, int expiringDays, LocalDate on) {
        LocalDate next = null;
        for (Evidence e : evidence) {
            LocalDate lapses = e.lapsesOn(monthsCurrent);
            for (LocalDate day : List.of(e.givenOn(), lapses, lapses.minusDays(expiringDays))) {
                if (day.isAfter(on) && (next == null || day.isBefore(next))) {
                    next = day;
                }
            }
        }
        return next;
    }
}
