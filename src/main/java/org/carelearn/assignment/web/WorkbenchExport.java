package org.carelearn.assignment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carelearn.assignment.application.Workbench;
import org.carelearn.assignment.application.WorkbenchRow;
import org.carelearn.assignment.application.WorkbenchScope;
import org.carelearn.assignment.application.WorkbenchView;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.time.HospitalTime;

/**
 * The workbench's current view (its filters and order, every page) as XLSX or CSV. Under /team/ a manager gets
 * their own line; under /admin/ an administrator the whole hospital: web.xml lets only those roles in, and the
 * line is always the signed-in manager's own.
 */
@WebServlet(urlPatterns = {"/team/workbench.xlsx", "/team/workbench.csv", "/admin/assignments.xlsx",
        "/admin/assignments.csv"})
public class WorkbenchExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private Workbench workbench;

    @Inject
    private HospitalTime time;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        boolean hospital = path.startsWith("/admin/");
        WorkbenchScope scope;
        if (hospital) {
            scope = WorkbenchScope.hospital();
        } else {
            String manager = currentPerson.get().filter(me -> me.has(Role.MANAGER)).map(me -> me.employeeId())
                    .orElse(null);
            if (manager == null) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            scope = WorkbenchScope.lineOf(manager);
        }
        List<WorkbenchRow> rows = workbench.rows(scope, WorkbenchView.fromQuery(request::getParameter));
        boolean csv = path.endsWith(".csv");
        String file = (hospital ? "carelearn-assignments-" : "carelearn-team-") + time.today()
                + (csv ? ".csv" : ".xlsx");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        // who is behind on which training is staff information: never kept in a shared cache
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType("text/csv; charset=UTF-8; header=present");
            WorkbenchSheet.csv(rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(XLSX);
            WorkbenchSheet.xlsx(rows, response.getOutputStream());
        }
    }
}
