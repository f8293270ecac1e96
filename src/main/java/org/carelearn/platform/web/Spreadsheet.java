package org.carelearn.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table (a header and rows of values) as CSV or as an XLSX sheet, for exports whose every column is a plain value:
 * numbers stay numbers, days stay days, everything else is text. The same columns in both formats.
 */
public final class Spreadsheet {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    private Spreadsheet() {
    }

    /**
     * RFC 4180: fields separated by commas, records by CRLF, a field holding a comma, a quote or a line break is
     * quoted and its quotes doubled; UTF-8 with a byte order mark (which spreadsheet programs need to read UTF-8
     * rather than the system's code page); days and instants in ISO 8601.
     */
    public static void csv(List<String> header, List<List<Object>> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        line(out, header);
        for (List<Object> row : rows) {
            line(out, row.stream().map(Spreadsheet::text).toList());
        }
        out.flush();
    }

    /** The same as one XLSX sheet, streamed (POI's SXSSF keeps a window of rows in memory), header frozen. */
    public static void xlsx(String sheetName, List<String> header, List<List<Object>> rows, ZoneId zone,
            OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mmm d, yyyy"));
            CellStyle moment = book.createCellStyle();
            moment.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mmm d, yyyy h:mm AM/PM"));
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(day);
                    } else if (value instanceof Instant instant) {
                        cell.setCellValue(instant.atZone(zone).toLocalDateTime());
                        cell.setCellStyle(moment);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** One CSV field, quoted where RFC 4180 needs it, and defused (see {@link #defused}). */
    public static String field(String value) {
        String field = defused(value);
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    /**
     * A text that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage return)
     * gets a leading apostrophe, so it shows as text: OWASP's advice on CSV injection
     * (owasp.org/www-community/attacks/CSV_Injection). Names and rule names are typed by people, and negative
     * numbers never occur in these exports.
     */
    public static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
