package org.carelearn.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.carelearn.learning.application.LaunchTicket;
import org.carelearn.learning.application.Launches;
import org.carelearn.learning.domain.LaunchMode;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.web.RequestAddress;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Launches a lesson from a page and takes the browser there, as cmi5 8.1 and the AU's launchMethod say:
 * an AU that wants its own window gets the whole window, any other opens in CareLearn's player frame.
 */
@RequestScoped
public class LessonLauncher {

    @Inject
    private Launches launches;

    @Inject
    private CurrentPerson currentPerson;

    /** Opens a new session of the AU; a session still open in the registration is abandoned first. */
    public void launch(long enrolmentId, String auIri) {
        launch(enrolmentId, auIri, LaunchMode.NORMAL);
    }

    /** The same in a launch mode of cmi5's: Browse opens the lesson without recording any credit. */
    public void launch(long enrolmentId, String auIri, LaunchMode mode) {
        try {
            LaunchTicket ticket = launches.launch(currentPerson.employeeId(), enrolmentId, auIri, mode,
                    RequestAddress.of(Faces.getRequest()));
            if (ticket.isOwnWindow()) {
                Faces.redirect(ticket.url());
            } else {
                Faces.getFlash().put(Player.TICKET, ticket);
                Faces.redirect("learning/player.xhtml?session=" + ticket.sessionId());
            }
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }
}
