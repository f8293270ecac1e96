package org.carelearn.competency.web;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.GridPage;
import org.carelearn.competency.application.GridPerson;
import org.carelearn.competency.application.StandingRow;

/**
 * The grid as a spreadsheet: one row per person (name, employee id, department, job role), one column per
 * competency, each cell the status in words and the level shown against the level needed ("Competent, 2 of 2"),
 * so it reads without colour. Streamed (POI's SXSSF), so a line of thousands does not sit in memory.
 */
final class CompetencyGridSheet {

    private CompetencyGridSheet() {
    }

    static void xlsx(GridPage grid, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Competencies");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            String[] fixed = {"Name", "Employee id", "Department", "Job role"};
            for (int i = 0; i < fixed.length; i++) {
                header.createCell(i).setCellValue(fixed[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int column = fixed.length;
            for (CompetencyEntry competency : grid.competencies()) {
                header.createCell(column).setCellValue(competency.title());
                header.getCell(column++).setCellStyle(bold);
            }
            int r = 1;
            for (GridPerson person : grid.people()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(person.sortName());
                line.createCell(1).setCellValue(person.employeeId());
                line.createCell(2).setCellValue(nullToEmpty(person.departmentName()));
                line.createCell(3).setCellValue(nullToEmpty(person.jobRoleTitle()));
                int c = fixed.length;
                for (CompetencyEntry competency : grid.competencies()) {
                    line.createCell(c++).setCellValue(cell(person.standing(competency.identifier())));
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    static String cell(StandingRow row) {
        if (row == null) {
            return "";
        }
        return row.status().getLabel() + ", " + (row.levelShown() == null ? "none" : row.levelShown()) + " of "
                + row.levelNeeded() + (row.required() ? "" : " (not required)");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
