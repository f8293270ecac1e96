package org.carelearn.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.learning.application.Launches;
import org.carelearn.learning.domain.LaunchSession;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * learning/returned.xhtml, the returnURL of every launch (cmi5 10.2.6). An AU in the player's frame may
 * return inside that frame, so the page is rendered rather than redirected on the server: the layout first
 * takes it out of the frame, then the page moves on to the course page, which says how the lesson went.
 */
@Named
@RequestScoped
public class Returned {

    @Inject
    @Param(name = "session")
    private String sessionId;

    @Inject
    private Launches launches;

    @Inject
    private CurrentPerson currentPerson;

    private String target;

    public void back() {
        LaunchSession session = sessionId == null ? null
                : launches.sessionOf(currentPerson.employeeId(), sessionId).orElse(null);
        target = Faces.getRequestContextPath() + (session == null ? "/learning/index.xhtml"
                : "/learning/course.xhtml?enrolment=" + session.getEnrolment().getId() + "&returned=" + sessionId);
    }

    /** Where the page goes next: the course page, or My learning. */
    public String getTarget() {
        return target;
    }
}
