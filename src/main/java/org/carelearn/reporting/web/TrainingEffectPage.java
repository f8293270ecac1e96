package org.carelearn.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.json.Jsons;
import org.carelearn.reporting.application.ComplaintsReport;
import org.carelearn.reporting.application.ComplaintsTable;
import org.carelearn.reporting.application.EffectView;
import org.carelearn.reporting.application.TrainingEffectReport;
import org.carelearn.reporting.domain.RateRatio;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * leadership/effect.xhtml: for a department and a category of case, the cases before and after the month its
 * coverage of the mapped competency passed the threshold, the rate ratio and its 95 % interval, in words and as bars
 * (Chart.js through PrimeFaces) with the same figures as tables beside them, and what the figure cannot say.
 */
@Named
@RequestScoped
public class TrainingEffectPage {

    @Inject
    @Param(name = "department")
    private String department;

    @Inject
    @Param(name = "category")
    private String category;

    @Inject
    @Param(name = "competency")
    private String competency;

    @Inject
    @Param(name = "threshold")
    private String threshold;

    @Inject
    @Param(name = "months")
    private String months;

    @Inject
    private TrainingEffectReport report;

    @Inject
    private ComplaintsReport complaints;

    private EffectView view;

    public void load() {
        if (department == null || department.isBlank() || category == null || category.isBlank()) {
            return; // the form alone: nothing chosen yet
        }
        try {
            view = report.effect(EffectFigures.query(department, category, competency, threshold, months));
        } catch (BusinessRuleException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public EffectView getView() {
        return view;
    }

    public RateRatio getRatio() {
        return view == null ? null : view.effect().ratio();
    }

    public String getOutcome() {
        return EffectFigures.outcome(view);
    }

    public String getVerdict() {
        return EffectFigures.verdict(getRatio());
    }

    public String decimal(double value) {
        return EffectFigures.decimal(value);
    }

    public String month(java.time.YearMonth month) {
        return month == null ? "" : EffectFigures.MONTH.format(month);
    }

    public List<List<Object>> getMonthRows() {
        return EffectFigures.monthRows(view);
    }

    public List<List<Object>> getSummaryRows() {
        return EffectFigures.summaryRows(view);
    }

    public Map<String, String> getDepartments() {
        return new java.util.TreeMap<>(report.departments());
    }

    /** The categories linked to a competency: the only ones with a training effect to look for. */
    public List<ComplaintsTable.Category> getCategories() {
        return complaints.categories().stream().filter(c -> !c.competencies().isEmpty()).toList();
    }

    /** The filters as a query string, for the exports. */
    public String getFilters() {
        return ReportFilters.query("department", department, "category", category, "competency", competency,
                "threshold", threshold, "months", months);
    }

    /**
     * The before/after bars as Chart.js takes them: cases per month in each period, patterned apart by their labels
     * (the axis names each bar), not by colour alone.
     */
    public String getBars() {
        RateRatio r = getRatio();
        return Jsons.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.createObjectBuilder()
                        .add("labels", Jsons.createArrayBuilder().add("Before (" + r.before() + " cases in "
                                + (int) r.beforeExposure() + " months)").add("After (" + r.after() + " cases in "
                                + (int) r.afterExposure() + " months)"))
                        .add("datasets", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                                .add("label", "Cases per month")
                                .add("data", Jsons.createArrayBuilder().add(round(r.rateBefore()))
                                        .add(round(r.rateAfter())))
                                .add("backgroundColor", Jsons.createArrayBuilder().add("#8a4b08").add("#0b3a6e")))))
                .add("options", Jsons.createObjectBuilder().add("animation", false)
                        .add("scales", Jsons.createObjectBuilder().add("y", Jsons.createObjectBuilder().add("min", 0)
                                .add("title", Jsons.createObjectBuilder().add("display", true)
                                        .add("text", "Cases per month")))))
                .build().toString();
    }

    /** Coverage at each month's end as a line, with the threshold as a dashed line. */
    public String getTrend() {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder shares = Jsons.createArrayBuilder();
        JsonArrayBuilder line = Jsons.createArrayBuilder();
        for (EffectView.Month m : view.history()) {
            if (m.coverage() == null) {
                continue;
            }
            labels.add(month(m.month()));
            if (m.coverage().total() == 0) {
                shares.addNull();
            } else {
                shares.add(m.coverage().coveragePercent());
            }
            line.add(view.thresholdPercent());
        }
        return Jsons.createObjectBuilder().add("type", "line")
                .add("data", Jsons.createObjectBuilder().add("labels", labels)
                        .add("datasets", Jsons.createArrayBuilder()
                                .add(Jsons.createObjectBuilder().add("label", "Holding the level needed (%)")
                                        .add("data", shares).add("borderColor", "#1b5e20")
                                        .add("backgroundColor", "#1b5e20").add("fill", false))
                                .add(Jsons.createObjectBuilder().add("label", "Threshold (%)").add("data", line)
                                        .add("borderColor", "#6b1f1f").add("backgroundColor", "#6b1f1f")
                                        .add("fill", false).add("pointRadius", 0)
                                        .add("borderDash", Jsons.createArrayBuilder().add(6).add(4)))))
                .add("options", Jsons.createObjectBuilder().add("animation", false)
                        .add("scales", Jsons.createObjectBuilder().add("y", Jsons.createObjectBuilder()
                                .add("min", 0).add("max", 100).add("title", Jsons.createObjectBuilder()
                                        .add("display", true).add("text", "Percent")))))
                .build().toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    public String getDepartment() {
        return department;
    }

    public String getCategory() {
        return category;
    }

    public String getThreshold() {
        return view == null ? threshold : String.valueOf(view.thresholdPercent());
    }

    public String getMonths() {
        return view == null ? months : String.valueOf(view.months());
    }
}
