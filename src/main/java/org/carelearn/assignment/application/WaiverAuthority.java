package org.carelearn.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.staff.application.LineOfAuthority;

/**
 * Who may waive a person's training, and read it on their page: an administrator for anyone, a manager for the
 * people anywhere in their line (staff's {@link LineOfAuthority} answers that), nobody else.
 */
@ApplicationScoped
public class WaiverAuthority {

    @Inject
    private LineOfAuthority line;

    public boolean mayWaiveFor(SignedInPerson by, String employeeId) {
        return by != null && employeeId != null && (by.has(Role.ADMIN)
                || by.has(Role.MANAGER) && line.isInLine(by.employeeId(), employeeId));
    }
}
