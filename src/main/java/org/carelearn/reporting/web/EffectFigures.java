package org.carelearn.reporting.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.reporting.application.EffectQuery;
import org.carelearn.reporting.application.EffectView;
import org.carelearn.reporting.domain.RateRatio;
import org.carelearn.reporting.domain.TrainingEffect;

/**
 * The training-effect page's filters from the address and its figures in words and rows, shared by the page and
 * its exports so that both say the same.
 */
final class EffectFigures {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    static final List<String> MONTHS_HEADER = List.of("Month", "Period", "People who need it",
            "Holding the level needed", "Holding (%)", "Cases");
    static final List<String> SUMMARY_HEADER = List.of("Period", "From", "Until", "Months (exposure)", "Cases",
            "Cases per month");

    private EffectFigures() {
    }

    static EffectQuery query(String department, String category, String competency, String threshold,
            String months) {
        return new EffectQuery(department, category, competency,
                number(threshold, TrainingEffect.DEFAULT_THRESHOLD, "The threshold"),
                number(months, TrainingEffect.DEFAULT_MONTHS, "The months in each period"));
    }

    private static int number(String text, int otherwise, String what) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(what + " is a whole number, not \"" + text.strip() + "\"");
        }
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The month-by-month table; coverage blank where it was not reconstructed. */
    static List<List<Object>> monthRows(EffectView view) {
        List<List<Object>> rows = new ArrayList<>();
        for (EffectView.Month m : view.history()) {
            boolean known = m.coverage() != null && m.coverage().total() > 0;
            rows.add(Arrays.asList(m.month().toString(), m.period().getLabel(),
                    m.coverage() == null ? null : m.coverage().total(),
                    m.coverage() == null ? null : m.coverage().holding(),
                    known ? m.coverage().coveragePercent() : null, m.cases()));
        }
        return rows;
    }

    /** The before and after rows, when there is a comparison. */
    static List<List<Object>> summaryRows(EffectView view) {
        RateRatio r = view.effect().ratio();
        if (r == null) {
            return List.of();
        }
        return List.of(
                Arrays.asList("Before", first(view.effect().before()), last(view.effect().before()),
                        view.effect().before().size(), r.before(), decimal(r.rateBefore())),
                Arrays.asList("After", first(view.effect().after()), last(view.effect().after()),
                        view.effect().after().size(), r.after(), decimal(r.rateAfter())));
    }

    private static String first(List<YearMonth> months) {
        return months.get(0).toString();
    }

    private static String last(List<YearMonth> months) {
        return months.get(months.size() - 1).toString();
    }

    /** What came of it, in a sentence. */
    static String outcome(EffectView view) {
        TrainingEffect e = view.effect();
        String coverage = "Coverage of " + view.competency().label() + " in " + view.departmentName();
        return switch (e.outcome()) {
            case MEASURED -> coverage + " first reached " + view.thresholdPercent() + " % at the end of "
                    + MONTH.format(e.crossing()) + ". The " + e.before().size() + " months before it are compared"
                    + " with the " + e.after().size() + " whole months after it (" + MONTH.format(e.crossing())
                    + " itself is in neither).";
            case NO_MONTH_AFTER_YET -> coverage + " first reached " + view.thresholdPercent() + " % at the end of "
                    + MONTH.format(e.crossing()) + "; no whole month has followed yet, so there is nothing to compare.";
            case NEVER_PASSED -> coverage + " did not reach " + view.thresholdPercent() + " % at any month's end in"
                    + " the months reconstructed: there is no month to compare around.";
            case ALREADY_PASSED -> coverage + " was already at " + view.thresholdPercent() + " % or more at the end"
                    + " of the first month reconstructed: when it got there is not known, so there is no before"
                    + " period to compare with.";
        };
    }

    /** What the interval allows one to say, in words; null when there is no comparison. */
    static String verdict(RateRatio r) {
        if (r == null) {
            return null;
        }
        return switch (r.verdict()) {
            case FEWER -> "Fewer cases after: the whole interval is below 1.";
            case MORE -> "More cases after: the whole interval is above 1.";
            case NO_DETECTABLE_CHANGE -> "No detectable change: the interval includes 1, so these counts are"
                    + " consistent with no change at all.";
            case NO_INTERVAL -> "No interval: there was no case " + (r.before() == 0 ? "before" : "after")
                    + (r.before() == 0 && r.after() == 0 ? " or after" : "") + ", and the log method needs at least"
                    + " one in each period. Counts this small cannot tell a change from chance.";
        };
    }
}
