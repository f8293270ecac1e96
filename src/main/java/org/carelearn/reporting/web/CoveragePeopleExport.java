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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.application.CoveragePerson;
import org.carelearn.reporting.application.CoverageQuery;
import org.carelearn.reporting.application.CoverageReport;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.domain.ReportExported;

/**
 * The people behind one cell of the coverage matrix (leadership/coverage-people.xhtml) as CSV or XLSX, with the
 * page's parameters: one row per person with their standing on the day. Under /leadership/, leadership only.
 */
@WebServlet(urlPatterns = {"/leadership/coverage-people.csv", "/leadership/coverage-people.xlsx"})
public class CoveragePeopleExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final List<String> HEADER = List.of("Employee id", "Person", "Department", "Job role", "Competency",
            "Status", "Level shown", "Level needed", "Lapses or lapsed on");

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
        String competency = request.getParameter("competency");
        String department = request.getParameter("department");
        String status = request.getParameter("status");
        List<CoveragePerson> people;
        ReportCompetency subject;
        LocalDate day;
        try {
            subject = report.competency(competency == null ? null : competency.strip()).orElseThrow(
                    () -> new BusinessRuleException("No competency has the identifier \"" + competency + "\""));
            if (department != null && !department.isBlank() && !report.departments().containsKey(department)) {
                throw new BusinessRuleException("No department has the code \"" + department + "\"");
            }
            CompetencyStatus wanted = status == null || status.isBlank() ? null : Arrays.stream(
                    CompetencyStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElseThrow(
                            () -> new BusinessRuleException("No status is called \"" + status + "\""));
            LocalDate on = ReportFilters.day(request.getParameter("on"));
            day = on == null ? time.today() : on;
            people = report.people(new CoverageQuery(request.getParameter("jobRole"), on), department,
                    subject.identifier(), wanted);
        } catch (BusinessRuleException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CoveragePerson p : people) {
            rows.add(Arrays.asList(p.employeeId(), p.sortName(), p.departmentName(), p.jobRoleTitle(),
                    subject.label(), p.status().getLabel(), p.levelShown(), p.levelNeeded(), p.lapsesOn()));
        }
        boolean csv = request.getServletPath().endsWith(".csv");
        exported.fire(new ReportExported(currentActor.get(), "coverage-people", (csv ? "CSV" : "XLSX") + " of the"
                + " people behind " + subject.label() + (department == null || department.isBlank() ? ""
                : " in " + department) + " on " + day + ": " + rows.size() + " people"));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-coverage-people-" + day
                + (csv ? ".csv\"" : ".xlsx\""));
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(HEADER, rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx("People", HEADER, rows, time.getZone(), response.getOutputStream());
        }
    }
}
