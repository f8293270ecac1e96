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
import org.carelearn.reporting.application.EffectView;
import org.carelearn.reporting.application.TrainingEffectReport;
import org.carelearn.reporting.domain.ReportExported;

/**
 * The training effect's two tables as CSV or XLSX, with the page's filters: month by month
 * ({@code effect.csv}: coverage, cases, period), and the before and after periods ({@code effect-periods.csv}).
 * Under /leadership/: leadership only.
 */
@WebServlet(urlPatterns = {"/leadership/effect.csv", "/leadership/effect.xlsx", "/leadership/effect-periods.csv",
    "/leadership/effect-periods.xlsx"})
public class EffectExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingEffectReport report;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Event<ReportExported> exported;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EffectView view;
        try {
            view = report.effect(EffectFigures.query(request.getParameter("department"),
                    request.getParameter("category"), request.getParameter("competency"),
                    request.getParameter("threshold"), request.getParameter("months")));
        } catch (BusinessRuleException refused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
            return;
        }
        String path = request.getServletPath();
        boolean periods = path.contains("effect-periods");
        boolean csv = path.endsWith(".csv");
        List<String> header = periods ? EffectFigures.SUMMARY_HEADER : EffectFigures.MONTHS_HEADER;
        List<List<Object>> rows = periods ? EffectFigures.summaryRows(view) : EffectFigures.monthRows(view);
        exported.fire(new ReportExported(currentActor.get(), "training-effect", (csv ? "CSV" : "XLSX") + " of the "
                + (periods ? "periods" : "months") + " of the training effect in " + view.departmentCode() + " for "
                + view.categoryCode() + " and " + view.competency().label() + ": " + rows.size() + " rows"));
        String name = "carelearn-effect-" + (periods ? "periods-" : "") + view.departmentCode() + "-"
                + view.categoryCode() + "-" + time.today();
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + (csv ? ".csv\"" : ".xlsx\""));
        response.setHeader("Cache-Control", "no-store");
        if (csv) {
            response.setContentType(Spreadsheet.CSV);
            Spreadsheet.csv(header, rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } else {
            response.setContentType(Spreadsheet.XLSX);
            Spreadsheet.xlsx(periods ? "Periods" : "Months", header, rows, time.getZone(),
                    response.getOutputStream());
        }
    }
}
