package org.carelearn.staff.application.hrfeed;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carelearn.platform.csv.UploadedCsv;

/**
 * The feed's file format: RFC 4180 CSV in UTF-8 (a byte-order mark is allowed), one header line naming
 * the columns in any order. {@code active} and {@code username} may be left out.
 */
public final class HrFeedFormat {

    public static final List<String> REQUIRED_COLUMNS = List.of("employee_id", "given_name", "family_name", "email",
            "department_code", "job_role_code", "manager_employee_id", "hire_date");
    public static final List<String> OPTIONAL_COLUMNS = List.of("active", "username");

    /** The whole feed: its rows, or the problems that stop it from being read at all. */
    public record Parsed(List<HrRow> rows, List<RowProblem> problems) {
    }

    private HrFeedFormat() {
    }

    private static boolean hasControlCharacter(String field) {
        return field.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    private static String printable(String field) {
        return hasControlCharacter(field) ? null : field;
    }

    public static Parsed parse(Reader input) {
        List<HrRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
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
                    problems.add(new RowProblem(line, record.get(0),
                            "has " + record.size() + " fields, the header has " + columns.size()));
                    continue;
                }
                if (record.stream().anyMatch(HrFeedFormat::hasControlCharacter)) {
                    // an export is text; besides, PostgreSQL's text columns refuse NUL outright
                    problems.add(new RowProblem(line, printable(record.get(0)),
                            "has a control character (such as NUL) in a field; HR feeds are plain text"));
                    continue;
                }
                rows.add(row(record, columns, line));
            }
            if (columns == null) {
                problems.add(new RowProblem(0, null, "the file is empty; expected a header line: "
                        + String.join(",", REQUIRED_COLUMNS)));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new RowProblem(0, null, "the file has a header but no staff rows"));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new RowProblem(0, null, "is not readable as CSV: " + e.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord record, List<RowProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>(REQUIRED_COLUMNS);
        known.addAll(OPTIONAL_COLUMNS);
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                problems.add(new RowProblem(1, null, "unknown column '" + record.get(i).strip() + "'; the columns are "
                        + String.join(", ", REQUIRED_COLUMNS) + " and optionally " + String.join(", ", OPTIONAL_COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new RowProblem(1, null, "column '" + name + "' appears twice"));
            }
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(1, null, "the required column '" + required + "' is missing"));
            }
        }
        return columns;
    }

    private static HrRow row(CSVRecord record, Map<String, Integer> columns, long line) {
        return new HrRow(line, field(record, columns, "employee_id"), field(record, columns, "given_name"),
                field(record, columns, "family_name"), field(record, columns, "email"),
                field(record, columns, "department_code"), field(record, columns, "job_role_code"),
                field(record, columns, "manager_employee_id"), field(record, columns, "hire_date"),
                field(record, columns, "active"), field(record, columns, "username"));
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : record.get(index).strip();
    }
}
