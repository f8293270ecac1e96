package org.carelearn.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.reporting.application.CoverageMatrix;
import org.carelearn.reporting.application.CoverageQuery;
import org.carelearn.reporting.application.CoverageReport;
import org.carelearn.reporting.domain.Tally;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * leadership/coverage.xhtml: departments × competencies, each cell the share of the people who need the
 * competency who hold it and the count in each status, in words and numbers with a colour band beside them;
 * filtered by job role and day in the address (a bookmarkable GET form), exported as CSV or XLSX with the same
 * filters. web.xml lets only leadership in.
 */
@Named
@RequestScoped
public class CoverageMatrixPage {

    @Inject
    @Param(name = "jobRole")
    private String jobRole;

    @Inject
    @Param(name = "on")
    private String on;

    @Inject
    private CoverageReport report;

    private CoverageMatrix matrix;

    public void load() {
        try {
            matrix = report.matrix(new CoverageQuery(jobRole, ReportFilters.day(on)));
        } catch (BusinessRuleException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public CoverageMatrix getMatrix() {
        return matrix;
    }

    public Map<String, String> getJobRoles() {
        return report.jobRoles();
    }

    /** The filters as a query string: for the exports and the cells' links. */
    public String getFilters() {
        return ReportFilters.query("jobRole", jobRole, "on", on);
    }

    /** The link of one cell: its people, this view's filters kept. */
    public String cellLink(String departmentCode, String competencyIdentifier) {
        return ReportFilters.query("department", departmentCode, "competency", competencyIdentifier, "jobRole",
                jobRole, "on", on);
    }

    /** The cell's colour band as a CSS class. */
    public String band(Tally tally) {
        return "coverage-" + tally.band().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getJobRole() {
        return jobRole;
    }

    public String getOn() {
        return on;
    }
}
