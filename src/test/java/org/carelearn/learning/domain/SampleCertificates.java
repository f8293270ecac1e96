package org.carelearn.learning.domain;

import java.time.Instant;

/**
 * Certificates as the database gives them back, for tests of what shows them (the PDF, pages) without an
 * enrolment completed through the LRS first.
 */
public final class SampleCertificates {

    public static final Instant ISSUED_AT = Instant.parse("2026-03-11T02:31:00Z");

    private SampleCertificates() {
    }

    public static Certificate issued(String code, String learnerName, String courseTitle, int courseVersion,
            Instant completedAt) {
        return new Certificate() {
            @Override
            public String getCode() {
                return code;
            }

            @Override
            public long getEnrolmentId() {
                return 4242;
            }

            @Override
            public String getEmployeeId() {
                return "LR3002";
            }

            @Override
            public String getLearnerName() {
                return learnerName;
            }

            @Override
            public String getCourseIri() {
                return "https://courses.lindenridge.example/empathetic-communication";
            }

            @Override
            public String getCourseTitle() {
                return courseTitle;
            }

            @Override
            public int getCourseVersion() {
                return courseVersion;
            }

            @Override
            public Instant getCompletedAt() {
                return completedAt;
            }

            @Override
            public Instant getIssuedAt() {
                return ISSUED_AT;
            }
        };
    }
}
