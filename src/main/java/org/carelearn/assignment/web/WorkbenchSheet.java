package org.carelearn.assignment.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carelearn.assignment.application.WorkbenchRow;
import org.carelearn.platform.web.Spreadsheet;

/**
 * The workbench's rows as a spreadsheet: CSV (RFC 4180) or XLSX (Office Open XML, through Apache POI), the same
 * columns in both, in the order of the view.
 */
final class WorkbenchSheet {

    static final List<String> HEADER = List.of("Name", "Employee id", "Department", "Job role", "Course", "State",
            "Due", "Last completed", "Progress (%)", "Required by");

    private WorkbenchSheet() {
    }

    /**
     * RFC 4180: fields separated by commas, records by CRLF, a field holding a comma, a quote or a line break is
     * quoted and its quotes doubled. UTF-8 with a byte order mark, which spreadsheet programs need to read
     * UTF-8 rather than the system's code page. Dates in ISO 8601 (2026-12-16).
     */
    static void csv(List<WorkbenchRow> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        line(out, HEADER);
        for (WorkbenchRow row : rows) {
            line(out, List.of(row.name(), row.employeeId(), text(row.departmentName()), text(row.jobRoleTitle()),
                    text(row.courseTitle()), row.state().getLabel(), date(row.dueOn()), date(row.lastCompletedOn()),
                    row.courseIri() == null ? "" : Integer.toString(row.progress()), text(row.rules())));
        }
        out.flush();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One CSV field as every export writes it ({@link Spreadsheet#field}: RFC 4180 quoting, defused). */
    static String csvField(String value) {
        return Spreadsheet.field(value);
    }

    /** A text a spreadsheet would run as a formula, made text ({@link Spreadsheet#defused}). */
    static String defused(String value) {
        return Spreadsheet.defused(value);
    }

    /**
     * The same rows as an XLSX workbook of one sheet, written as it streams (SXSSF keeps only a window of rows
     * in memory), dates as date cells. Cells are typed text, which spreadsheets never evaluate.
     */
    static void xlsx(List<WorkbenchRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Training");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mmm d, yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADER.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (WorkbenchRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.name());
                line.createCell(1).setCellValue(row.employeeId());
                line.createCell(2).setCellValue(text(row.departmentName()));
                line.createCell(3).setCellValue(text(row.jobRoleTitle()));
                line.createCell(4).setCellValue(text(row.courseTitle()));
                line.createCell(5).setCellValue(row.state().getLabel());
                dateCell(line, 6, row.dueOn(), day);
                dateCell(line, 7, row.lastCompletedOn(), day);
                if (row.courseIri() != null) {
                    line.createCell(8).setCellValue(row.progress());
                }
                line.createCell(9).setCellValue(text(row.rules()));
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
        }
    }

    private static void dateCell(Row line, int column, LocalDate date, CellStyle style) {
        if (date != null) {
            Cell cell = line.createCell(column);
            cell.setCellValue(date);
            cell.setCellStyle(style);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
