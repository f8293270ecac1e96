package org.carelearn.learning.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.carelearn.learning.application.CourseOverview;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.application.Launches;
import org.carelearn.learning.domain.AuStatus;
import org.carelearn.learning.domain.LaunchMode;
import org.carelearn.learning.domain.LaunchSession;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.web.ContentSecurityPolicy;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * learning/course.xhtml: one enrolment's lessons, each with its status, and the button that launches it:
 * in CareLearn's player frame, or in the window itself when the AU asks for its own window (cmi5 8.1).
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "enrolment")
    private Long enrolmentId;

    /** The session the learner just came back from (returnURL), to say how the lesson went. */
    @Inject
    @Param(name = "returned")
    private String returnedFrom;

    @Inject
    private Enrolments enrolments;

    @Inject
    private Launches launches;

    @Inject
    private LessonLauncher launcher;

    @Inject
    private CurrentPerson currentPerson;

    private transient CourseOverview overview;

    /** The view action: a missing or someone else's enrolment goes back to My learning. */
    public void load() {
        try {
            overview = enrolmentId == null ? null : enrolments.overview(currentPerson.employeeId(), enrolmentId);
        } catch (NotFoundException e) {
            overview = null;
        }
        if (overview == null) {
            Messages.addFlashGlobalError("That course is not in your learning.");
            Faces.redirect("learning/index.xhtml");
            return;
        }
        // An AU on another server that asks for the whole window is reached through the launch form's answer.
        overview.getAus().forEach(au -> ContentSecurityPolicy.allowLaunch(Faces.getRequest(), au.au().url()));
        if (returnedFrom != null) {
            sayHowItWent();
        }
    }

    private void sayHowItWent() {
        LaunchSession session = launches.sessionOf(currentPerson.employeeId(), returnedFrom)
                .filter(s -> s.getEnrolment().getId().equals(enrolmentId)).orElse(null);
        AuStatus au = session == null ? null : overview.progress().au(session.auIri());
        if (au == null) {
            return;
        }
        if (session.getLaunchMode() == LaunchMode.BROWSE) {
            Messages.addGlobalInfo("\"{0}\" was open in Browse mode: nothing was recorded towards the course.",
                    au.au().title());
        } else if (overview.enrolment().isCompleted() && session.getLaunchMode() == LaunchMode.NORMAL) {
            Messages.addGlobalInfo("Course completed: \"{0}\". Your certificate is in your transcript.",
                    overview.enrolment().getCourseTitle());
        } else {
            Messages.addGlobalInfo("\"{0}\": {1}. Your place is saved.", au.au().title(), au.getLabel());
        }
    }

    public CourseOverview getOverview() {
        if (overview == null && enrolmentId != null) {
            overview = enrolments.overview(currentPerson.employeeId(), enrolmentId);
        }
        return overview;
    }

    public void launch(String auIri) {
        launcher.launch(enrolmentId, auIri);
    }

    /** Opens the lesson in cmi5's Browse mode: the learner looks around, and nothing counts towards the course. */
    public void browse(String auIri) {
        launcher.launch(enrolmentId, auIri, LaunchMode.BROWSE);
    }

    /** "Start" (never opened), "Continue", "Try again" or "Review" for one lesson. */
    public String action(AuStatus au) {
        if (getOverview().enrolment().isCompleted() || au.satisfied()) {
            return "Review";
        }
        if (au.failed()) {
            return "Try again";
        }
        return au.opened() ? "Continue" : "Start";
    }
}
