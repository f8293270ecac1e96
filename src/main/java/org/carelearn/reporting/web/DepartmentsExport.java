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
import java.util.ArrayList;
import java.util.List;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.domain.ReportExported;
import org.carelearn.staff.application.StaffDirectory;

/**
 * Leadership's Departments table (leadership/index.xhtml) as CSV or XLSX: active staff per department, from staff's
 * directory, then the total. Under /leadership/, leadership only.
 */
@WebServlet(urlPatterns = {"/leadership/departments.csv", "/leadership/departments.xlsx"})
public class DepartmentsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final List<String> HEADER = List.of("Department", "Active staff");

    @Inject
    private StaffDirectory directory;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Event<ReportExported> exported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        directory.activeCountByDepartment().forEach((department, count) -> rows.add(List.of(department, count)));
        rows.add(List.of("All departments", directory.countActive()));
        boolean csv = request.getServletPath().endsWith(".csv");
        exported.fire(new ReportExported(currentActor.get(), "departments", (csv ? "CSV" : "XLSX")
                + " of active staff per department: " + (rows.size() - 1) + " departments"));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-departments-" + time.today()
                + (csv ? ".csv\"" : ".xlsx\""));
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(HEADER, rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx("Departments", HEADER, rows, time.getZone(), response.getOutputStream());
        }
    }
}
