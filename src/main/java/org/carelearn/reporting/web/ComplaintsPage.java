package org.carelearn.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.reporting.application.ComplaintsReport;
import org.carelearn.reporting.application.ComplaintsTable;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * leadership/complaints.xhtml: departments × categories of case, the complaints and grievances of the period in
 * each cell as a heat map with its numbers, beside the coverage of the competencies the category maps to; a cell
 * that stands out says so in words. The same figures as a plain table below it, and in the export.
 */
@Named
@RequestScoped
public class ComplaintsPage {

    @Inject
    @Param(name = "from")
    private String from;

    @Inject
    @Param(name = "until")
    private String until;

    @Inject
    @Param(name = "kind")
    private String kind;

    @Inject
    private ComplaintsReport report;

    private ComplaintsTable table;

    public void load() {
        try {
            table = report.table(ComplaintsFilters.query(report.defaultQuery(), from, until, kind));
        } catch (BusinessRuleException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public ComplaintsTable getTable() {
        return table;
    }

    /** Every cell of the heat map with a case or a mapped competency, as rows of the table beside it. */
    public List<ComplaintsFilters.Line> getLines() {
        return table == null ? List.of() : ComplaintsFilters.lines(table);
    }

    /** The filters as a query string, for the exports. */
    public String getFilters() {
        return ReportFilters.query("from", from, "until", until, "kind", kind);
    }

    /** The link from a cell to its training effect. */
    public String effectLink(String departmentCode, String categoryCode) {
        return ReportFilters.query("department", departmentCode, "category", categoryCode);
    }

    public String getFrom() {
        return table == null ? from : table.from().toString();
    }

    public String getUntil() {
        return table == null ? until : table.until().toString();
    }

    public String getKind() {
        return kind;
    }

    /** The kinds to choose from, value and label. */
    public List<String[]> getKinds() {
        List<String[]> kinds = new ArrayList<>();
        kinds.add(new String[] {"", "Complaints and grievances"});
        kinds.add(new String[] {"COMPLAINT", "Complaints only"});
        kinds.add(new String[] {"GRIEVANCE", "Grievances only"});
        return kinds;
    }
}
