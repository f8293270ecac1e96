package org.carelearn.reporting.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.application.pack.PackCompetency;
import org.carelearn.reporting.application.pack.PackContent;
import org.carelearn.reporting.application.pack.PackPerson;
import org.carelearn.reporting.application.pack.PackSummaryRow;
import org.carelearn.reporting.application.pack.PackTraining;

/**
 * A survey-ready pack as an XLSX workbook (Apache POI, streamed): "People" (one row per person, as the pack's page
 * lists them), "Competencies" (one row per person and required competency) and "Training" (one row per person
 * and required course). Typed text is defused as in every CSV export, so no cell runs as a formula.
 */
public final class PackXlsx {

    public static final List<String> PEOPLE = List.of("Employee id", "Name", "Job role", "Competencies held",
            "Competencies required", "Training completed", "Training required");
    public static final List<String> COMPETENCIES = List.of("Employee id", "Name", "Job role", "Competency code",
            "Competency", "Status", "Level shown", "Level needed", "Evidence given on", "Lapses or lapsed on",
            "Evidence", "Validator");
    public static final List<String> TRAINING = List.of("Employee id", "Name", "Job role", "Course", "State",
            "Due", "Completed on", "Certificate code");

    private PackXlsx() {
    }

    public static byte[] write(PackContent pack) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet people = sheet(book, "People", PEOPLE, styles);
            Sheet competencies = sheet(book, "Competencies", COMPETENCIES, styles);
            Sheet training = sheet(book, "Training", TRAINING, styles);
            for (PackPerson p : pack.people()) {
                PackSummaryRow s = PackSummaryRow.of(p);
                row(people, styles, s.employeeId(), s.displayName(), s.jobRoleTitle(), s.competenciesHeld(),
                        s.competenciesNeeded(), s.trainingCompleted(), s.trainingRequired());
                for (PackCompetency c : p.competencies()) {
                    row(competencies, styles, p.employeeId(), p.displayName(), p.jobRoleTitle(), c.code(), c.title(),
                            c.status().getLabel(), c.levelShown(), c.levelNeeded(), c.shownOn(), c.lapsesOn(),
                            c.evidence(), c.validator());
                }
                for (PackTraining t : p.training()) {
                    row(training, styles, p.employeeId(), p.displayName(), p.jobRoleTitle(), t.courseTitle(),
                            t.state(), t.dueOn(), t.completedOn(), t.certificateCode());
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the pack's XLSX", e);
        }
    }

    private static Sheet sheet(SXSSFWorkbook book, String name, List<String> header, Styles styles) {
        Sheet sheet = book.createSheet(name);
        Row first = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(styles.bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Sheet sheet, Styles styles, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        List<Object> all = Arrays.asList(values);
        for (int c = 0; c < all.size(); c++) {
            Object value = all.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(styles.day);
            } else {
                cell.setCellValue(Spreadsheet.defused(value.toString()));
            }
        }
    }

    private static final class Styles {
        private final CellStyle bold;
        private final CellStyle day;

        Styles(SXSSFWorkbook book) {
            bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            day = book.createCellStyle();
            day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mmm d, yyyy"));
        }
    }
}
