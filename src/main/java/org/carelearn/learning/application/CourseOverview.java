package org.carelearn.learning.application;

import java.util.Comparator;
import java.util.List;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.learning.domain.AuStatus;
import org.carelearn.learning.domain.CourseProgress;
import org.carelearn.learning.domain.Enrolment;

/** One enrolment with its course version and where each AU stands, for the course page and transcript. */
public record CourseOverview(Enrolment enrolment, CourseVersionView course, CourseProgress progress) {

    /** For reading someone's enrolments: open ones first, soonest due first (undated last), then completed. */
    public static final Comparator<CourseOverview> MOST_URGENT_FIRST = Comparator
            .comparing((CourseOverview o) -> o.enrolment().isCompleted())
            .thenComparing(o -> o.enrolment().getDueOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(o -> o.enrolment().getCourseTitle());

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public CourseVersionView getCourse() {
        return course;
    }

    public List<AuStatus> getAus() {
        return progress.aus();
    }

    /** The first AU whose moveOn is not met yet: where "Resume" takes the learner. */
    public AuStatus getNext() {
        return progress.aus().stream().filter(a -> !a.satisfied()).findFirst().orElse(null);
    }
}
