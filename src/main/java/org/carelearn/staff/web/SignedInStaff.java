package org.carelearn.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.staff.application.SignIns;
import org.carelearn.staff.application.SignedInUser;

/**
 * Answers {@link CurrentPerson} for every context: from the signed-in session's {@link CurrentUser} when the
 * request has a session (pages), or from the account for a request that brings its credentials without one
 * (the REST API). Asked once per request.
 */
@RequestScoped
public class SignedInStaff implements CurrentPerson {

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignIns signIns;

    private Optional<SignedInPerson> person;

    @Override
    public Optional<SignedInPerson> get() {
        if (person == null) {
            person = find().map(user -> new SignedInPerson(user.username(), user.employeeId(), user.displayName(),
                    user.roles()));
        }
        return person;
    }

    private Optional<SignedInUser> find() {
        String username = request.getRemoteUser();
        if (username == null) {
            return Optional.empty();
        }
        // Only a request that already has a session reads the session's user: asking would open one otherwise.
        if (request.getSession(false) != null && currentUser.isKnown()
                && currentUser.getUser().username().equalsIgnoreCase(username)) {
            return Optional.of(currentUser.getUser());
        }
        return signIns.current(username);
    }
}
