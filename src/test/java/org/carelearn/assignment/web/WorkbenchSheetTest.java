package org.carelearn.assignment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.carelearn.assignment.application.WorkbenchRow;
import org.carelearn.assignment.application.WorkbenchState;
import org.junit.jupiter.api.Test;

/** The CSV export: RFC 4180 quoting, UTF-8 with a byte order mark, and no formula a spreadsheet would run. */
class WorkbenchSheetTest {

    @Test
    void fieldsAreQuotedAsRfc4180AsksAndFormulasAreDefused() {
        assertEquals("plain", WorkbenchSheet.csvField("plain"));
        assertEquals("\"O'Rourke, Kevin\"", WorkbenchSheet.csvField("O'Rourke, Kevin"));
        assertEquals("\"say \"\"hello\"\"\"", WorkbenchSheet.csvField("say \"hello\""));
        assertEquals("\"two\r\nlines\"", WorkbenchSheet.csvField("two\r\nlines"));
        assertEquals("'=HYPERLINK(\"x\")", WorkbenchSheet.defused("=HYPERLINK(\"x\")"));
        for (String risky : List.of("+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + risky, WorkbenchSheet.defused(risky), risky);
        }
        assertEquals("", WorkbenchSheet.csvField(null));
    }

    @Test
    void aCsvHasTheHeaderAndOneLinePerRowEndingInCrLf() throws Exception {
        WorkbenchRow row = new WorkbenchRow("LR3003", "O'Rourke, Kevin", "Oncology Inpatient", "Oncology Registered Nurse",
                "https://carelearn.example/c", "Trauma-informed care", WorkbenchState.IN_PROGRESS,
                LocalDate.of(2026, 12, 16), null, 40, "=cmd|' /C calc'!A0");
        StringWriter out = new StringWriter();

        WorkbenchSheet.csv(List.of(row), out);

        assertEquals("\uFEFFName,Employee id,Department,Job role,Course,State,Due,Last completed,Progress (%),Required by\r\n"
                + "\"O'Rourke, Kevin\",LR3003,Oncology Inpatient,Oncology Registered Nurse,Trauma-informed care,"
                + "In progress,2026-12-16,,40,'=cmd|' /C calc'!A0\r\n", out.toString());
    }
}
