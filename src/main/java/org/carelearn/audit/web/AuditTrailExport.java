package org.carelearn.audit.web;

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
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Spreadsheet;

/**
 * /leadership/audit.csv and .xlsx: the audit trail with leadership's filter (the page's address), newest first,
 * every event that matches up to {@value #MAX} (the answer says when there were more), read a page at a time. The
 * export is itself put in the trail. Under /leadership/, where web.xml lets only leadership in.
 */
@WebServlet(urlPatterns = {"/leadership/audit.csv", "/leadership/audit.xlsx"})
public class AuditTrailExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX = 100_000;
    private static final int PAGE = 1_000;
    static final List<String> HEADER = List.of("When (UTC)", "When (hospital time)", "Who", "What",
            "Record type", "Record", "Details", "From address");

    @Inject
    private AuditTrail trail;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query = AuditQuery.of(request::getParameter);
        AuditFilter filter;
        try {
            filter = query.filter(time.getZone());
        } catch (BusinessRuleException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        long matching = trail.count(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (int first = 0; first < Math.min(matching, MAX); first += PAGE) {
            for (AuditEvent e : trail.find(filter, first, (int) Math.min(PAGE, MAX - first))) {
                rows.add(Arrays.asList(e.getOccurredAt().toString(), time.format(e.getOccurredAt()), e.getActor(),
                        e.getAction().label(), AuditTarget.typeLabel(e.getTargetType()), e.getTargetId(),
                        e.getDetail(), e.getRemoteAddress()));
            }
        }
        boolean csv = request.getServletPath().endsWith(".csv");
        trail.recordAlone(currentActor.get(), AuditAction.AUDIT_TRAIL_EXPORTED, AuditTarget.report("audit-trail"),
                (csv ? "CSV" : "XLSX") + " of " + rows.size() + " events"
                        + (matching > rows.size() ? " (the first of " + matching + ")" : "")
                        + (query.link().isEmpty() ? ", no filter" : ", filter " + query.link().substring(1)));
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-audit-" + time.today()
                + (csv ? ".csv\"" : ".xlsx\""));
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(HEADER, rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx("Audit trail", HEADER, rows, time.getZone(), response.getOutputStream());
        }
    }
}
