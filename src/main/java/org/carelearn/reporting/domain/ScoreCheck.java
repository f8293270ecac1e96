package org.carelearn.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;

/**
 * The rules of a patient experience import, without a database: every line is checked against the departments and
 * measures CareLearn knows and against the other lines, and the good ones are compared with what is stored, so
 * that the same file twice changes nothing. One bad line and nothing is taken (the caller stores nothing).
 */
public final class ScoreCheck {

    /** The most surveys one department's quarter can rest on; more is a typing error, not a survey. */
    static final int MOST_SURVEYS = 1_000_000;

    /** What a checked file would do: the scores to add and to change, how many are already stored as they are. */
    public record Plan(List<ExperienceScore> added, List<ExperienceScore> changed, int unchanged,
            List<LineProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final Set<String> departmentCodes;
    private final Map<String, String> measuresByLowerName = new HashMap<>();
    private final LocalDate today;
    private final List<LineProblem> problems = new ArrayList<>();

    /**
     * @param departmentCodes the codes of the departments in the directory
     * @param measures the measures an import may name, as CareLearn spells them
     * @param today the hospital's today: a quarter that has not begun has no results
     */
    public ScoreCheck(Set<String> departmentCodes, List<String> measures, LocalDate today) {
        this.departmentCodes = departmentCodes;
        measures.forEach(m -> measuresByLowerName.put(m.toLowerCase(Locale.ROOT), m));
        this.today = today;
    }

    /**
     * @param stored what is stored now for the keys the file may name (more does no harm)
     */
    public Plan check(List<ScoreLine> lines, Map<String, ExperienceScore> stored) {
        Map<String, Long> firstLine = new HashMap<>();
        List<ExperienceScore> added = new ArrayList<>();
        List<ExperienceScore> changed = new ArrayList<>();
        int unchanged = 0;
        for (ScoreLine line : lines) {
            ExperienceScore score = score(line);
            if (score == null) {
                continue;
            }
            Long earlier = firstLine.putIfAbsent(score.key(), line.line());
            if (earlier != null) {
                problems.add(new LineProblem(line.line(), "department " + score.departmentCode() + ", "
                        + score.quarter() + ", " + score.measure() + " is also given on line " + earlier));
                continue;
            }
            ExperienceScore before = stored.get(score.key());
            if (before == null) {
                added.add(score);
            } else if (before.sameFiguresAs(score)) {
                unchanged++;
            } else {
                changed.add(score);
            }
        }
        problems.sort(null);
        if (!problems.isEmpty()) {
            return new Plan(List.of(), List.of(), 0, List.copyOf(problems));
        }
        return new Plan(added, changed, unchanged, List.of());
    }

    private ExperienceScore score(ScoreLine line) {
        int before = problems.size();
        String department = line.department().strip().toUpperCase(Locale.ROOT);
        if (department.isEmpty()) {
            problem(line, "the department is missing");
        } else if (!departmentCodes.contains(department)) {
            problem(line, "department code '" + line.department().strip() + "' is not in the directory");
        }
        Quarter quarter = null;
        try {
            quarter = Quarter.parse(line.quarter());
            if (quarter.firstDay().isAfter(today)) {
                problem(line, "quarter " + quarter + " has not begun, so it has no survey results yet");
            }
        } catch (BusinessRuleException e) {
            problem(line, e.getMessage());
        }
        String measure = measuresByLowerName.get(line.measure().strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT));
        if (measure == null) {
            problem(line, "measure '" + line.measure().strip() + "' is not one CareLearn knows (the measures are"
                    + " listed on the Patient experience page, where leadership adds a new one)");
        }
        BigDecimal percent = percent(line);
        Integer surveys = surveys(line);
        if (problems.size() > before) {
            return null;
        }
        return new ExperienceScore(department, quarter, measure, percent, surveys);
    }

    private BigDecimal percent(ScoreLine line) {
        String typed = line.topBoxPercent().strip();
        String number = typed.endsWith("%") ? typed.substring(0, typed.length() - 1).strip() : typed;
        try {
            BigDecimal percent = new BigDecimal(number);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                problem(line, "top-box percentage " + typed + " is not between 0 and 100");
                return null;
            }
            if (percent.stripTrailingZeros().scale() > 2) {
                problem(line, "top-box percentage " + typed + " has more than two decimals");
                return null;
            }
            return percent.setScale(2);
        } catch (NumberFormatException e) {
            problem(line, "top-box percentage '" + typed + "' is not a number such as 78.5");
            return null;
        }
    }

    private Integer surveys(ScoreLine line) {
        String typed = line.surveys().strip();
        try {
            int surveys = Integer.parseInt(typed);
            if (surveys < 1 || surveys > MOST_SURVEYS) {
                problem(line, "number of surveys " + typed + " is not between 1 and " + MOST_SURVEYS);
                return null;
            }
            return surveys;
        } catch (NumberFormatException e) {
            problem(line, "number of surveys '" + typed + "' is not a whole number");
            return null;
        }
    }

    private void problem(ScoreLine line, String reason) {
        problems.add(new LineProblem(line.line(), reason));
    }
}
