package org.carelearn.competency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.carelearn.competency.application.CompetencyAuthority;
import org.carelearn.competency.application.CompetencyGrid;
import org.carelearn.competency.application.GridPage;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.AuditedRefusal;

/**
 * The manager's grid with its filters, every person of it (not one page), as XLSX: the manager's own line, or the
 * hospital for an administrator. Anyone else gets 403, audited.
 */
@WebServlet(urlPatterns = "/competency/grid.xlsx")
public class CompetencyGridExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private CompetencyAuthority authority;

    @Inject
    private CompetencyGrid grid;

    @Inject
    private HospitalTime time;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInPerson me = currentPerson.get().orElse(null);
        if (!authority.mayReadGrid(me)) {
            authority.refuse(currentActor.get(), null, "The competency grid export");
            AuditedRefusal.mark(request);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        GridPage all = grid.page(me, CompetencyGridPage.query(request.getParameter("department"),
                request.getParameter("jobRole"), request.getParameter("competency"), request.getParameter("status"),
                0, -1));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-competencies-" + time.today()
                + ".xlsx\"");
        // who is competent in what is staff information: never kept in a shared cache
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(XLSX);
        CompetencyGridSheet.xlsx(all, response.getOutputStream());
    }
}
