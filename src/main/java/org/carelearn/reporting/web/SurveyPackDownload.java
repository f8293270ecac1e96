package org.carelearn.reporting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.web.Spreadsheet;
import org.carelearn.reporting.application.pack.SurveyPacks;

/**
 * A ready survey-ready pack as PDF or XLSX ({@code ?id=}), each download audited by {@link SurveyPacks}. An unknown
 * pack is a 404; one not ready yet or past its day a 409 that says why. Under /leadership/, leadership only.
 */
@WebServlet(urlPatterns = {"/leadership/survey-pack.pdf", "/leadership/survey-pack.xlsx"})
public class SurveyPackDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurveyPacks packs;

    @Inject
    private CurrentActor currentActor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean pdf = request.getServletPath().endsWith(".pdf");
        String id = request.getParameter("id");
        byte[] file;
        try {
            file = packs.download(currentActor.get(), id == null ? null : id.strip(), pdf);
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, missing.getMessage());
            return;
        } catch (BusinessRuleException refused) {
            response.sendError(HttpServletResponse.SC_CONFLICT, refused.getMessage());
            return;
        }
        response.setContentType(pdf ? "application/pdf" : Spreadsheet.XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"carelearn-survey-pack-" + id.strip()
                + (pdf ? ".pdf\"" : ".xlsx\""));
        // who is competent in what is staff information: never kept in a shared cache
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
