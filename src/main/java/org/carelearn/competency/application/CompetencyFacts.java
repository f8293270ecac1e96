package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.RequiredLevels;
import org.carelearn.staff.application.StaffPlacement;

/**
 * What other contexts' read models need of competency, for many people in one read: the competencies each
 * person's place requires (level and months current, as {@link RequiredLevels} decides) and every piece of their
 * evidence as {@link org.carelearn.competency.domain.StandingRule} takes it. Reporting keeps its own copy of these
 * facts, so that leadership's reports decide standings on any day with the same rule as the profile, without
 * reading competency's tables.
 */
@ApplicationScoped
public class CompetencyFacts {

    @Inject
    private FrameworkRepository settings;

    @Inject
    private ShownEvidence shown;

    @Inject
    private Frameworks frameworks;

    /** The facts of these placed people (the caller knows where they sit), one entry per person, in their order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, PersonCompetencyFacts> of(Collection<StaffPlacement> people) {
        List<CompetencyRequirement> requirements = settings.requirements();
        List<String> competencies = frameworks.competencies().stream().map(CompetencyEntry::identifier).toList();
        Map<String, PersonCompetencyFacts> facts = new LinkedHashMap<>();
        for (StaffPlacement person : people) {
            RequiredLevels levels = RequiredLevels.of(person.jobRoleCode(), person.departmentCode(), requirements);
            List<RequiredCompetency> required = new ArrayList<>();
            for (String competency : competencies) {
                if (levels.requires(competency)) {
                    var need = levels.needOf(competency);
                    required.add(new RequiredCompetency(competency, need.level(), need.monthsCurrent()));
                }
            }
            facts.put(person.employeeId(), new PersonCompetencyFacts(person.employeeId(), required, new ArrayList<>()));
        }
        if (!facts.isEmpty()) {
            // values by the person's key: the entities with an IN list of the group were a scan of all evidence
            // for each group of a rebuild, and a query more for each validation's verdicts (ReportingBench)
            shown.factsOf(facts.keySet()).forEach((employeeId, mine) -> {
                PersonCompetencyFacts owner = facts.get(employeeId);
                if (owner != null) {
                    owner.evidence().addAll(mine);
                }
            });
        }
        return facts;
    }

    /** Every competency of every framework's newest version, in the frameworks' own order. */
    public List<CompetencyEntry> competencies() {
        return frameworks.competencies();
    }
}
