package org.carelearn.learning.domain;

/**
 * CareLearn issued a certificate for a completed enrolment (on its own: nobody signs for it). Fired synchronously
 * inside the transaction that completed the enrolment.
 *
 * @param registration the enrolment's cmi5 registration
 * @param detail the certificate's code, the learner and the course, in words
 */
public record CertificateIssued(String registration, String detail) {
}
