package org.carelearn.staff.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.SignedInUser;

/** The person signed in, for the menu, the header and the home page. Filled by {@link SignInRecorder}. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private SignedInUser user;

    void signedIn(SignedInUser signedIn) {
        this.user = signedIn;
    }

    public boolean isKnown() {
        return user != null;
    }

    public SignedInUser getUser() {
        return user;
    }

    public String getDisplayName() {
        return user == null ? "" : user.displayName();
    }

    public String getEmployeeId() {
        return user == null ? null : user.employeeId();
    }

    public boolean has(String role) {
        return user != null && user.roles().contains(Role.valueOf(role));
    }

    public boolean isLearner() {
        return has(Role.LEARNER_NAME);
    }

    public boolean isManager() {
        return has(Role.MANAGER_NAME);
    }

    public boolean isLeadership() {
        return has(Role.LEADERSHIP_NAME);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN_NAME);
    }

    public boolean isMustChangePassword() {
        return user != null && user.mustChangePassword();
    }
}
