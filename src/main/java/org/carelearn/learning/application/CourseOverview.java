package org.carelearn.learning.application;

import java.util.Comparator;
import java.util.List;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.learning.domain.AuStatus;
import org.carelearn.learning.domain.CourseProgress;
import org.carelearn.learning.domain.Enrolment;

/** One enrolment with its course version and where each AU stands, for the course page and transcript. */
public record CourseOverview(Enrolment enrolment, CourseVersionView course, CourseProgress progress) {

    /** For reading someone's enrolments: open ones first, then completed, each by course title. */
    public static final Comparator<CourseOverview> OPEN_FIRST = Comparator
            .comparing((CourseOverview o) -> o.enrolment().isCompleted())
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
