package org.carelearn.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A CSV or XLSX export read back as rows of text, read independently of the code that wrote it, so that a test
 * can check a report's figures and that both formats hold the same rows.
 */
public final class ExportedRows {

    private ExportedRows() {
    }

    /** RFC 4180 as CareLearn writes it (no line breaks inside fields in these exports). */
    public static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\r\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }

    /** The first sheet, every cell as the CSV writes it (numbers without a fraction, blanks empty). */
    public static List<List<String>> xlsx(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    fields.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(fields);
            }
        }
        return rows;
    }
}
