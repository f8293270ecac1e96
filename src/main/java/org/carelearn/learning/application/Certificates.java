package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.learning.domain.Certificate;
import org.carelearn.learning.domain.CertificateCode;
import org.carelearn.learning.domain.CertificateIssued;
import org.carelearn.learning.domain.CourseCompleted;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * Issues a certificate for every completed enrolment, with a code anyone can check on the public
 * verification page ({@link CertificateCode}).
 */
@ApplicationScoped
public class Certificates {

    @Inject
    private LearningRepository repository;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Catalog catalog;

    @Inject
    private Event<CertificateIssued> issued;

    @Inject
    private HospitalTime time;

    /** Runs inside the transaction that completed the enrolment, so the two are stored together. */
    void issue(@Observes CourseCompleted completed) {
        Enrolment enrolment = repository.enrolment(completed.enrolmentId()).orElseThrow();
        if (repository.certificateOf(enrolment.getId()).isPresent()) {
            return;
        }
        String name = directory.person(enrolment.getEmployeeId()).map(StaffPerson::displayName)
                .orElse(enrolment.getEmployeeId());
        int version = catalog.version(enrolment.getCourseVersionId()).orElseThrow().number();
        Certificate certificate = new Certificate(CertificateCode.generate(), enrolment, name, version, time.now());
        repository.add(certificate);
        issued.fire(new CertificateIssued(enrolment.getRegistration(),
                certificate.getCode() + " for " + enrolment.getEmployeeId() + ", \"" + enrolment.getCourseTitle()
                        + "\""));
    }

    /**
     * For the public verification page: the certificate with this code, typed loosely (case, spaces, dashes).
     * Input that cannot be a code is not looked up.
     */
    public Optional<Certificate> verify(String code) {
        return CertificateCode.normalise(code).flatMap(repository::certificate);
    }

    public List<Certificate> certificatesOf(String employeeId) {
        return repository.certificatesOf(employeeId);
    }

    /**
     * The certificates of these people as small records, for other contexts (reporting's survey-ready pack): by
     * person, oldest completion first.
     */
    public List<IssuedCertificate> issuedTo(java.util.Collection<String> employeeIds) {
        return repository.certificatesOf(employeeIds).stream().map(c -> new IssuedCertificate(c.getEnrolmentId(),
                c.getEmployeeId(), c.getCourseIri(), c.getCourseTitle(), c.getCourseVersion(), c.getCode(),
                c.getCompletedAt())).toList();
    }

    public Optional<Certificate> certificateOf(String employeeId, long enrolmentId) {
        return repository.certificateOf(enrolmentId).filter(c -> c.getEmployeeId().equals(employeeId));
    }
}
