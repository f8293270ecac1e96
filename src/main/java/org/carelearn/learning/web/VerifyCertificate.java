package org.carelearn.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.carelearn.learning.application.Certificates;
import org.carelearn.learning.domain.Certificate;
import org.carelearn.learning.domain.CertificateCode;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.time.HospitalTime;
import org.omnifaces.cdi.Param;

/**
 * verify.xhtml, open to everyone: is there a certificate with this code? The code comes as {@code ?code=} (the
 * address printed on every certificate, and what the page's own form sends), so a result can be linked to.
 * <p>
 * The page answers an unknown code, a mistyped one and input that cannot be a code alike, so it hints at
 * nothing. It does not limit how fast codes are tried (rate limiting is out of scope for now): what keeps
 * codes from being guessed is their 60 random bits ({@link CertificateCode}); even at a thousand tries a
 * second, finding any one of a million issued certificates would take about 35 years on average.
 */
@Named
@RequestScoped
public class VerifyCertificate {

    @Inject
    @Param
    private String code;

    @Inject
    private Certificates certificates;

    @Inject
    private HospitalTime time;

    @Inject
    private Settings settings;

    private Optional<Certificate> certificate;

    /** What was typed, for the input (cut to the longest input that is looked up at all). */
    public String getCode() {
        return code == null || code.length() <= CertificateCode.MAX_TYPED_LENGTH ? code
                : code.substring(0, CertificateCode.MAX_TYPED_LENGTH);
    }

    /** Whether a code was given, so that there is an answer to show. */
    public boolean isChecked() {
        return code != null && !code.isBlank();
    }

    public boolean isValid() {
        return getCertificate() != null;
    }

    /** The certificate with the code given, or null. */
    public Certificate getCertificate() {
        if (certificate == null) {
            certificate = isChecked() ? certificates.verify(code) : Optional.empty();
        }
        return certificate.orElse(null);
    }

    /** The day the course was completed, in the hospital's calendar. */
    public String getCompletedOn() {
        Certificate found = getCertificate();
        return found == null ? "" : time.formatDay(found.getCompletedAt());
    }

    public String getOrganisationName() {
        return settings.organisationName();
    }
}
