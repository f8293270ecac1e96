package org.carelearn.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.application.CoveragePerson;
import org.carelearn.reporting.application.CoverageQuery;
import org.carelearn.reporting.application.CoverageReport;
import org.carelearn.reporting.application.ReportCompetency;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * leadership/coverage-people.xhtml: the people behind one cell of the matrix (a department, or the whole hospital,
 * and a competency), each with where they stood on the day and a link to their competency profile.
 */
@Named
@RequestScoped
public class CoveragePeoplePage {

    @Inject
    @Param(name = "department")
    private String department;

    @Inject
    @Param(name = "competency")
    private String competency;

    @Inject
    @Param(name = "jobRole")
    private String jobRole;

    @Inject
    @Param(name = "on")
    private String on;

    @Inject
    @Param(name = "status")
    private String status;

    @Inject
    private CoverageReport report;

    @Inject
    private HospitalTime time;

    private List<CoveragePerson> people;
    private ReportCompetency subject;
    private LocalDate day;

    public void load() {
        try {
            subject = report.competency(competency == null ? null : competency.strip()).orElseThrow(
                    () -> new BusinessRuleException("No competency has the identifier \"" + competency + "\""));
            if (department != null && !department.isBlank() && !report.departments().containsKey(department)) {
                throw new BusinessRuleException("No department has the code \"" + department + "\"");
            }
            CompetencyStatus wanted = status == null || status.isBlank() ? null : Arrays.stream(
                    CompetencyStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElseThrow(
                            () -> new BusinessRuleException("No status is called \"" + status + "\""));
            day = ReportFilters.day(on);
            people = report.people(new CoverageQuery(jobRole, day), department, subject.identifier(), wanted);
            if (day == null) {
                day = time.today();
            }
        } catch (BusinessRuleException refused) {
            people = null;
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public List<CoveragePerson> getPeople() {
        return people;
    }

    public ReportCompetency getSubject() {
        return subject;
    }

    public LocalDate getDay() {
        return day;
    }

    /** The department's name, or the whole hospital. */
    public String getDepartmentName() {
        return department == null || department.isBlank() ? "the whole hospital"
                : report.departments().getOrDefault(department, department);
    }

    /** This cell's parameters as a query string, for its exports. */
    public String getExportLink() {
        return ReportFilters.query("department", department, "competency", competency, "jobRole", jobRole, "on", on,
                "status", status);
    }

    public String getMatrixLink() {
        return ReportFilters.query("jobRole", jobRole, "on", on);
    }

    public String statusStyle(CompetencyStatus status) {
        return "competency-badge competency-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
