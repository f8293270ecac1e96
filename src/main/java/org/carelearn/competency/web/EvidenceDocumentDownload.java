package org.carelearn.competency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.carelearn.competency.application.validation.EvidenceDocuments;
import org.carelearn.competency.domain.EvidenceDocumentContent;
import org.carelearn.platform.security.CurrentPerson;

/**
 * /competency/document?evidence=N: the PDF or image a record of prior learning rests on, as an attachment with
 * the type its content was judged to be. 404 for anything the person may not see, as for what does not exist.
 */
@WebServlet("/competency/document")
public class EvidenceDocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceDocuments documents;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String parameter = request.getParameter("evidence");
        Optional<EvidenceDocumentContent> document = parameter == null || !parameter.matches("\\d{1,18}")
                ? Optional.empty()
                : documents.open(currentPerson.get().orElse(null), Long.parseLong(parameter));
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = document.get().content();
        response.setContentType(document.get().mediaType());
        // the stored name as the browser saves it, printable ASCII only, no quote or backslash (RFC 6266, 4.1)
        String name = document.get().fileName().replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
