package org.carelearn.reporting.application.experience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.ExperienceScore;
import org.carelearn.reporting.domain.ExperienceScoresImported;
import org.carelearn.reporting.domain.LineProblem;
import org.carelearn.reporting.domain.ScoreCheck;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;

/**
 * Imports quarterly patient experience results (HCAHPS and other surveys) from CSV: all lines or none, matched on
 * department, quarter and measure, so that the same file twice changes nothing and a corrected file changes only
 * the results it corrects. The directory's departments come from staff's application service.
 */
@ApplicationScoped
public class ScoreImport {

    @Inject
    private ExperienceStore store;

    @Inject
    private Organisation organisation;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<ExperienceScoresImported> imported;

    @Transactional
    public ScoreImportResult run(Actor actor, String fileName, Reader csv) {
        ScoreFormat.Parsed parsed = ScoreFormat.parse(csv);
        int lines = parsed.lines().size();
        if (!parsed.problems().isEmpty()) {
            return refuse(actor, fileName, lines, parsed.problems());
        }
        Set<String> departments = organisation.activeDepartments().stream().map(OrgUnit::code)
                .collect(Collectors.toSet());
        Map<String, ExperienceScore> stored = new HashMap<>();
        store.scores().forEach(s -> stored.put(s.key(), s));
        ScoreCheck.Plan plan = new ScoreCheck(departments, List.copyOf(store.measures().keySet()), time.today())
                .check(parsed.lines(), stored);
        if (!plan.accepted()) {
            return refuse(actor, fileName, lines, plan.problems());
        }
        store.write(plan.added(), plan.changed());
        ScoreImportResult result = new ScoreImportResult(fileName, lines, plan.added().size(), plan.changed().size(),
                plan.unchanged(), List.of());
        imported.fire(new ExperienceScoresImported(actor, fileName, true, result.summary()));
        return result;
    }

    private ScoreImportResult refuse(Actor actor, String fileName, int lines, List<LineProblem> problems) {
        ScoreImportResult result = new ScoreImportResult(fileName, lines, 0, 0, 0, problems);
        imported.fire(new ExperienceScoresImported(actor, fileName, false, result.summary() + "; first: "
                + problems.get(0)));
        return result;
    }
}
