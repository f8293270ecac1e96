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
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.application.ComplaintsReport;
import org.carelearn.reporting.application.ComplaintsTable;
import org.carelearn.reporting.domain.ReportExported;

/**
 * Complaints against training as CSV or XLSX, with the page's filters: a row per department, category and
 * competency the category maps to. Counts only, nothing of a patient. Under /leadership/: leadership only.
 */
@WebServlet(urlPatterns = {"/leadership/complaints.csv", "/leadership/complaints.xlsx"})
public class ComplaintsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ComplaintsReport report;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Event<ReportExported> exported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ComplaintsTable table;
        try {
            table = report.table(ComplaintsFilters.query(report.defaultQuery(), request.getParameter("from"),
                    request.getParameter("until"), request.getParameter("kind")));
        } catch (BusinessRuleException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        List<List<Object>> rows = ComplaintsFilters.lines(table).stream().map(ComplaintsFilters.Line::fields)
                .toList();
        boolean csv = request.getServletPath().endsWith(".csv");
        exported.fire(new ReportExported(currentActor.get(), "complaints", (csv ? "CSV" : "XLSX")
                + " of complaints against training from " + table.from() + " to " + table.until()
                + (table.kind() == null ? ", both kinds" : ", " + table.kind()) + ": " + rows.size() + " rows"));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-complaints-" + table.from()
                + "-" + table.until() + (csv ? ".csv\"" : ".xlsx\""));
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(ComplaintsFilters.HEADER, rows, new OutputStreamWriter(response.getOutputStream(),
                    StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx("Complaints", ComplaintsFilters.HEADER, rows, time.getZone(),
                    response.getOutputStream());
        }
    }
}
