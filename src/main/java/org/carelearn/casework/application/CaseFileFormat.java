package org.carelearn.casework.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carelearn.casework.domain.CaseIntake;
import org.carelearn.casework.domain.CaseKind;
import org.carelearn.casework.domain.Channel;
import org.carelearn.casework.domain.PatientReference;
import org.carelearn.casework.domain.RaisedBy;
import org.carelearn.casework.domain.Severity;
import org.carelearn.casework.domain.StageOfCare;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.csv.UploadedCsv;

/**
 * The hospital complaint system's export: RFC 4180 CSV in UTF-8 (a byte-order mark allowed), a header naming the
 * columns in any order. Lists (categories, staff involved) are separated by semicolons; enumerations are written
 * as their names (GRIEVANCE, TELEPHONE, FAMILY_MEMBER, CARE_ON_THE_WARD, MEDIUM).
 */
public final class CaseFileFormat {

    public static final List<String> COLUMNS = List.of("case_number", "received_on", "kind", "channel", "raised_by",
            "patient_id", "patient_initials", "department_code", "stage", "categories", "severity", "summary",
            "staff_involved", "owner_employee_id");

    /** One readable line: its intake and owner. */
    public record Row(long line, CaseIntake intake, String owner) {
    }

    /** The rows, or the problems that keep lines from being read. */
    public record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    private CaseFileFormat() {
    }

    public static Parsed parse(Reader input) {
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
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
                String number = record.get(0);
                if (record.size() != columns.size()) {
                    problems.add(new ImportProblem(line, null, "has " + record.size() + " fields, the header has "
                            + columns.size()));
                    continue;
                }
                try {
                    rows.add(row(record, columns, line));
                } catch (BusinessRuleException e) {
                    problems.add(new ImportProblem(line, field(record, columns, "case_number"), e.getMessage()));
                }
            }
            if (columns == null) {
                problems.add(new ImportProblem(0, null, "the file is empty; expected a header line: "
                        + String.join(",", COLUMNS)));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, "the file has a header but no cases"));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            problems.add(new ImportProblem(0, null, "is not readable as CSV: " + e.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord record, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            columns.put(name, i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(0, null, "the header lacks the column(s) " + String.join(", ", missing)));
        }
        return columns;
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String name) {
        String value = record.get(columns.get(name));
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new BusinessRuleException("has a control character in " + name + "; the export is plain text");
        }
        return value.strip();
    }

    private static Row row(CSVRecord record, Map<String, Integer> columns, long line) {
        String number = field(record, columns, "case_number");
        if (number.isEmpty()) {
            throw new BusinessRuleException("has no case_number: the import is keyed by it");
        }
        LocalDate received;
        try {
            received = LocalDate.parse(field(record, columns, "received_on"));
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("received_on must be a date such as 2026-03-02");
        }
        CaseIntake intake = new CaseIntake(number,
                value(CaseKind.class, field(record, columns, "kind"), "kind"),
                value(Channel.class, field(record, columns, "channel"), "channel"), received,
                value(RaisedBy.class, field(record, columns, "raised_by"), "raised_by"),
                PatientReference.of(field(record, columns, "patient_id"), field(record, columns, "patient_initials")),
                field(record, columns, "department_code").toUpperCase(Locale.ROOT),
                value(StageOfCare.class, field(record, columns, "stage"), "stage"),
                list(field(record, columns, "categories")),
                value(Severity.class, field(record, columns, "severity"), "severity"),
                field(record, columns, "summary"), list(field(record, columns, "staff_involved")));
        String owner = field(record, columns, "owner_employee_id").toUpperCase(Locale.ROOT);
        return new Row(line, intake, owner.isEmpty() ? null : owner);
    }

    private static Set<String> list(String text) {
        Set<String> items = new LinkedHashSet<>();
        Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> items.add(s.toUpperCase(Locale.ROOT)));
        return items;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String column) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(column + " '" + text + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
