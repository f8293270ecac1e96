package org.carelearn.learning.application;

import org.carelearn.learning.domain.Certificate;

/** One course on a learner's transcript: how each lesson went, and the certificate once completed. */
public record TranscriptEntry(CourseOverview overview, Certificate certificate) {

    public CourseOverview getOverview() {
        return overview;
    }

    public Certificate getCertificate() {
        return certificate;
    }
}
