package org.carelearn.staff.application.hrfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class HrFeedFormatTest {

    private static HrFeedFormat.Parsed parse(String csv) {
        return HrFeedFormat.parse(new StringReader(csv));
    }

    @Test
    void readsColumnsInAnyOrderWithQuotingAndAByteOrderMark() {
        HrFeedFormat.Parsed parsed = parse("\uFEFFhire_date,employee_id,given_name,family_name,email,department_code,"
                + "job_role_code,manager_employee_id\n"
                + "2024-01-02,E1,\"Mary, Jo\",O'Neil,mj@x.example,INFUSION,RN-INFUSION,\n");
        assertEquals(List.of(), parsed.problems());
        HrRow row = parsed.rows().get(0);
        assertEquals(2, row.line());
        assertEquals("Mary, Jo", row.givenName());
        assertEquals("2024-01-02", row.hireDate());
        assertEquals("", row.active(), "an optional column left out reads as empty");
    }

    @Test
    void aRowWithAControlCharacterIsRefusedByLine() {
        HrFeedFormat.Parsed parsed = parse("employee_id,given_name,family_name,email,department_code,job_role_code,"
                + "manager_employee_id,hire_date\n"
                + "E1,A\u0000nn,B,a@b.example,INFUSION,RN-INFUSION,,2024-01-02\n"
                + "E2,Tab\tOk,B,c@b.example,INFUSION,RN-INFUSION,,2024-01-02\n");
        assertEquals(List.of("Line 2 (E1): has a control character (such as NUL) in a field; HR feeds are plain text"),
                parsed.problems().stream().map(RowProblem::toString).toList());
        assertEquals(List.of("E2"), parsed.rows().stream().map(HrRow::employeeId).toList());
    }

    @Test
    void namesUnknownAndMissingColumns() {
        HrFeedFormat.Parsed parsed = parse("employee_id,given_name,family_name,emial\nE1,A,B,a@b.example\n");
        assertTrue(parsed.rows().isEmpty());
        assertTrue(parsed.problems().stream().anyMatch(p -> p.reason().startsWith("unknown column 'emial'")),
                parsed.problems().toString());
        assertTrue(parsed.problems().stream().anyMatch(p -> p.reason().equals("the required column 'email' is missing")));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamedByLine() {
        HrFeedFormat.Parsed parsed = parse("employee_id,given_name,family_name,email,department_code,job_role_code,"
                + "manager_employee_id,hire_date\n"
                + "E1,A,B,a@b.example,INFUSION,RN-INFUSION,,2024-01-02\n"
                + "E2,A,B,INFUSION,RN-INFUSION,,2024-01-02\n");
        assertEquals(1, parsed.problems().size());
        assertEquals("Line 3 (E2): has 7 fields, the header has 8", parsed.problems().get(0).toString());
    }

    @Test
    void anEmptyFileIsAProblemNotASilentSuccess() {
        assertEquals("File: the file is empty; expected a header line: employee_id,given_name,family_name,email,"
                + "department_code,job_role_code,manager_employee_id,hire_date", parse("").problems().get(0).toString());
        assertEquals("the file has a header but no staff rows", parse(String.join(",",
                HrFeedFormat.REQUIRED_COLUMNS) + "\n").problems().get(0).reason());
    }
}
