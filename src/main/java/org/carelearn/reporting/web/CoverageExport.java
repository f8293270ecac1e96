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
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.application.CoverageMatrix;
import org.carelearn.reporting.application.CoverageQuery;
import org.carelearn.reporting.application.CoverageReport;
import org.carelearn.reporting.application.CoverageRow;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.domain.ReportExported;
import org.carelearn.reporting.domain.Tally;

/**
 * The coverage matrix with the page's filters as CSV or XLSX: one row per department and competency (then the
 * whole hospital's), with the count in each status and the share holding the level needed. Under /leadership/,
 * where web.xml lets only leadership in (a refusal is a 403, audited by platform.web.ForbiddenRequests).
 */
@WebServlet(urlPatterns = {"/leadership/coverage.csv", "/leadership/coverage.xlsx"})
public class CoverageExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final List<String> HEADER = List.of("Department", "Competency code", "Competency", "People who need it",
            "Competent", "Expiring", "Expired", "In progress", "Never shown", "Holding the level needed (%)");

    @Inject
    private CoverageReport report;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Event<ReportExported> exported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CoverageMatrix matrix;
        try {
            matrix = report.matrix(new CoverageQuery(request.getParameter("jobRole"),
                    ReportFilters.day(request.getParameter("on"))));
        } catch (BusinessRuleException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CoverageRow row : matrix.rows()) {
            addRows(rows, row, matrix.competencies());
        }
        addRows(rows, matrix.hospital(), matrix.competencies());
        boolean csv = request.getServletPath().endsWith(".csv");
        exported.fire(new ReportExported(currentActor.get(), "coverage", (csv ? "CSV" : "XLSX") + " of the coverage on "
                + matrix.on() + (matrix.jobRoleCode() == null ? ", every job role" : ", job role "
                        + matrix.jobRoleCode()) + ": " + rows.size() + " rows"));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-coverage-" + matrix.on()
                + (csv ? ".csv\"" : ".xlsx\""));
        // who is competent in what is staff information: never kept in a shared cache
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(HEADER, rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx("Coverage " + matrix.on(), HEADER, rows, time.getZone(), response.getOutputStream());
        }
    }

    private static void addRows(List<List<Object>> rows, CoverageRow row, List<ReportCompetency> competencies) {
        for (ReportCompetency competency : competencies) {
            Tally t = row.cell(competency.identifier());
            if (t.total() == 0) {
                continue;
            }
            rows.add(List.of(row.departmentName(), competency.code() == null ? "" : competency.code(),
                    competency.title(), t.total(), t.competent(), t.expiring(), t.expired(), t.inProgress(),
                    t.neverShown(), t.coveragePercent()));
        }
    }
}
