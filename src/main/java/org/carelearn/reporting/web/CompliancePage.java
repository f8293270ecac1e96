package org.carelearn.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.carelearn.platform.json.Jsons;
import org.carelearn.reporting.application.ComplianceReport;
import org.carelearn.reporting.application.ComplianceTable;
import org.carelearn.reporting.domain.MonthCount;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * leadership/compliance.xhtml: one department's (or the whole hospital's) required-training completion and
 * on-time rates at each of the last 24 months' ends, as a line chart (Chart.js through PrimeFaces) and the same
 * figures as a table beside it, for screen readers and for copying; every department's in the export.
 */
@Named
@RequestScoped
public class CompliancePage {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    @Inject
    @Param(name = "department")
    private String department;

    @Inject
    private ComplianceReport report;

    private ComplianceTable table;
    private ComplianceTable.Department shown;

    public void load() {
        table = report.lastMonths();
        if (department == null || department.isBlank()) {
            shown = table.hospital();
            return;
        }
        shown = table.departments().stream().filter(d -> d.code().equals(department)).findFirst().orElse(null);
        if (shown == null) {
            Messages.addGlobalError("No department with required training has the code \"" + department + "\"");
        }
    }

    public ComplianceTable getTable() {
        return table;
    }

    public ComplianceTable.Department getShown() {
        return shown;
    }

    public String getDepartment() {
        return department;
    }

    /** The months, newest first, for the table. */
    public List<YearMonth> getMonthsNewestFirst() {
        List<YearMonth> newest = new java.util.ArrayList<>(table.months());
        java.util.Collections.reverse(newest);
        return newest;
    }

    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    public MonthCount at(YearMonth month) {
        return shown.at(month);
    }

    /**
     * The chart as Chart.js takes it: both rates by month, the on-time line dashed so the two read apart without
     * colour; a month with nothing required (or nothing due) is a gap, not a zero.
     */
    public String getChart() {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder completed = Jsons.createArrayBuilder();
        JsonArrayBuilder onTime = Jsons.createArrayBuilder();
        for (YearMonth month : table.months()) {
            labels.add(month(month));
            MonthCount count = shown.at(month);
            add(completed, count.completionPercent());
            add(onTime, count.onTimePercent());
        }
        return Jsons.createObjectBuilder().add("type", "line")
                .add("data", Jsons.createObjectBuilder().add("labels", labels)
                        .add("datasets", Jsons.createArrayBuilder()
                                .add(Jsons.createObjectBuilder().add("label", "Completed (%)").add("data", completed)
                                        .add("borderColor", "#1b5e20").add("backgroundColor", "#1b5e20")
                                        .add("fill", false).add("spanGaps", false))
                                .add(Jsons.createObjectBuilder().add("label", "Completed on time (%)")
                                        .add("data", onTime).add("borderColor", "#0b3a6e")
                                        .add("backgroundColor", "#0b3a6e").add("fill", false)
                                        .add("borderDash", Jsons.createArrayBuilder().add(6).add(4)))))
                .add("options", Jsons.createObjectBuilder().add("animation", false)
                        .add("scales", Jsons.createObjectBuilder().add("y", Jsons.createObjectBuilder()
                                .add("min", 0).add("max", 100).add("title", Jsons.createObjectBuilder()
                                        .add("display", true).add("text", "Percent")))))
                .build().toString();
    }

    private static void add(JsonArrayBuilder values, Integer percent) {
        if (percent == null) {
            values.addNull();
        } else {
            values.add(percent);
        }
    }
}
