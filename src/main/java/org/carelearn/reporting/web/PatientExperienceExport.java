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
import java.util.Arrays;
import java.util.List;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.application.experience.ExperienceReport;
import org.carelearn.reporting.application.experience.ExperienceRow;
import org.carelearn.reporting.domain.ReportExported;

/**
 * The patient experience table with the page's filters as CSV or XLSX: one row per department, measure and
 * quarter with the score and the mapped competency's coverage. Under /leadership/, leadership only.
 */
@WebServlet(urlPatterns = {"/leadership/patient-experience.csv", "/leadership/patient-experience.xlsx"})
public class PatientExperienceExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final List<String> HEADER = List.of("Department", "Quarter", "Measure", "Top-box (%)", "Surveys",
            "Competency", "Coverage counted on", "Holding the level needed", "People who need it",
            "Holding the level needed (%)");

    @Inject
    private ExperienceReport report;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Event<ReportExported> exported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String department = blankToNull(request.getParameter("department"));
        String typed = blankToNull(request.getParameter("measure"));
        String measure = typed == null ? null : report.measure(typed).orElse(null);
        if (typed != null && measure == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "No measure is called \"" + typed + "\"");
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ExperienceRow r : report.rows(department, measure)) {
            rows.add(Arrays.asList(r.departmentName(), r.quarter(), r.measure(), r.topBoxPercent(), r.surveys(),
                    r.competency(), r.coveredOn(), r.holding(), r.needing(), r.coveragePercent()));
        }
        boolean csv = request.getServletPath().endsWith(".csv");
        exported.fire(new ReportExported(currentActor.get(), "patient-experience", (csv ? "CSV" : "XLSX")
                + " of the patient experience scores" + (department == null ? "" : ", department " + department)
                + (measure == null ? "" : ", measure " + measure) + ": " + rows.size() + " rows"));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-patient-experience-"
                + time.today() + (csv ? ".csv\"" : ".xlsx\""));
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(HEADER, rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx("Patient experience", HEADER, rows, time.getZone(), response.getOutputStream());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
