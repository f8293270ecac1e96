package org.carelearn.learning.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.carelearn.learning.application.Certificates;
import org.carelearn.learning.domain.Certificate;
import org.carelearn.learning.infrastructure.CertificatePdf;
import org.carelearn.platform.security.CurrentPerson;

/**
 * GET /learning/certificate?enrolment=ID: the signed-in learner's own certificate for that enrolment, as a PDF
 * download. Someone else's certificate, a missing one and a malformed id all get the same 404, so the answer
 * never tells whether another person's certificate exists. web.xml lets only signed-in people here.
 */
@WebServlet("/learning/certificate")
public class CertificateDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Certificates certificates;

    @Inject
    private CertificatePdf pdf;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Certificate> certificate = enrolmentId(request.getParameter("enrolment"))
                .flatMap(enrolment -> Optional.ofNullable(currentPerson.employeeId())
                        .flatMap(employeeId -> certificates.certificateOf(employeeId, enrolment)));
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] document = pdf.render(certificate.get());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"certificate-" + certificate.get().getCode() + ".pdf\"");
        // a person's certificate: no shared cache keeps a copy
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }

    private static Optional<Long> enrolmentId(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parameter));
    }
}
