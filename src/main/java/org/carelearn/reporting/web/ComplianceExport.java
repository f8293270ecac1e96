package org.carelearn.reporting.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.application.ComplianceReport;
import org.carelearn.reporting.application.ComplianceTable;
import org.carelearn.reporting.domain.MonthCount;
import org.carelearn.reporting.domain.ReportExported;

/**
 * Compliance over time for every department (then the whole hospital) as CSV or XLSX: one row per department and
 * month with the counts and rates the page shows. Under /leadership/, where web.xml lets only leadership in.
 */
@WebServlet(urlPatterns = {"/leadership/compliance.csv", "/leadership/compliance.xlsx"})
public class ComplianceExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final List<String> HEADER = List.of("Department", "Month", "Required", "Completed", "Completed (%)",
            "Fell due", "On time", "On time (%)");

    @Inject
    private ComplianceReport report;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Event<ReportExported> exported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ComplianceTable table = report.lastMonths();
        List<List<Object>> rows = new ArrayList<>();
        List<ComplianceTable.Department> all = new ArrayList<>(table.departments());
        all.add(table.hospital());
        for (ComplianceTable.Department department : all) {
            for (YearMonth month : table.months()) {
                MonthCount c = department.at(month);
                rows.add(Arrays.asList(department.name(), month.toString(), c.required(), c.completed(),
                        c.completionPercent(), c.due(), c.onTime(), c.onTimePercent()));
            }
        }
        boolean csv = request.getServletPath().endsWith(".csv");
        exported.fire(new ReportExported(currentActor.get(), "compliance", (csv ? "CSV" : "XLSX")
                + " of compliance over the last " + table.months().size() + " months: " + rows.size() + " rows"));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-compliance-" + time.today()
                + (csv ? ".csv\"" : ".xlsx\""));
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(HEADER, rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx("Compliance", HEADER, rows, time.getZone(), response.getOutputStream());
        }
    }
}
