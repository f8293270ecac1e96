package org.carelearn.reporting.application.experience;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carelearn.platform.csv.UploadedCsv;
import org.carelearn.reporting.domain.LineProblem;
import org.carelearn.reporting.domain.ScoreLine;

/**
 * The patient experience file: RFC 4180 CSV in UTF-8 (a byte order mark is allowed), one header line naming the
 * columns {@link #COLUMNS} in any order, one line per department, quarter and measure.
 */
public final class ScoreFormat {

    public static final List<String> COLUMNS = List.of("department", "quarter", "measure", "top_box_percent",
            "surveys");

    /** The file's lines, or the problems that stop it from being read at all. */
    public record Parsed(List<ScoreLine> lines, List<LineProblem> problems) {
    }

    private ScoreFormat() {
    }

    public static Parsed parse(Reader input) {
        List<ScoreLine> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        try (CSVParser parser = UploadedCsv.parse(input)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, problems);
                    if (!problems.isEmpty()) {
                        return new Parsed(List.of(), problems);
                    }
                    continue;
                }
                long line = parser.getCurrentLineNumber();
                if (record.size() != columns.size()) {
                    problems.add(new LineProblem(line, "has " + record.size() + " fields, the header has "
                            + columns.size()));
                } else if (record.stream().anyMatch(f -> f.chars().anyMatch(c -> Character.isISOControl(c)
                        && c != '\t'))) {
                    problems.add(new LineProblem(line, "has a control character in a field; the file is plain text"));
                } else {
                    lines.add(new ScoreLine(line, field(record, columns, "department"),
                            field(record, columns, "quarter"), field(record, columns, "measure"),
                            field(record, columns, "top_box_percent"), field(record, columns, "surveys")));
                }
            }
            if (columns == null) {
                problems.add(new LineProblem(0, "the file is empty; expected a header line: "
                        + String.join(",", COLUMNS)));
            } else if (lines.isEmpty() && problems.isEmpty()) {
                problems.add(new LineProblem(0, "the file has a header but no results"));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            problems.add(new LineProblem(0, "is not readable as CSV: " + e.getMessage()));
        }
        return new Parsed(lines, problems);
    }

    private static Map<String, Integer> header(CSVRecord record, List<LineProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new LineProblem(1, "unknown column '" + record.get(i).strip() + "'; the columns are "
                        + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new LineProblem(1, "column '" + name + "' appears twice"));
            }
        }
        for (String required : COLUMNS) {
            if (!columns.containsKey(required)) {
                problems.add(new LineProblem(1, "the column '" + required + "' is missing"));
            }
        }
        return columns;
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String name) {
        return record.get(columns.get(name)).strip();
    }
}
