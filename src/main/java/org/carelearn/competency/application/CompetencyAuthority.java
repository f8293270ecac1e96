package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Locale;
import org.carelearn.competency.domain.CompetencyAccessRefused;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.staff.application.LineOfAuthority;

/**
 * Who may see whose competency record: everyone their own, a manager the people anywhere in their line, an
 * administrator and leadership anyone (leadership audits who is competent in what, issue 11, and opens a person's
 * profile from the coverage matrix). A refused look is put in the audit trail ({@link CompetencyAccessRefused}) before the
 * caller answers 403, whether the person exists or not.
 */
@ApplicationScoped
public class CompetencyAuthority {

    @Inject
    private LineOfAuthority line;

    @Inject
    private Event<CompetencyAccessRefused> refused;

    public boolean mayRead(SignedInPerson who, String employeeId) {
        if (who == null || employeeId == null || employeeId.isBlank()) {
            return false;
        }
        return who.has(Role.ADMIN) || who.has(Role.LEADERSHIP) || same(who.employeeId(), employeeId)
                || who.has(Role.MANAGER) && who.employeeId() != null && line.isInLine(who.employeeId(), employeeId);
    }

    /** Whether the person sees a grid at all: managers (their line) and administrators (everyone). */
    public boolean mayReadGrid(SignedInPerson who) {
        return who != null && (who.has(Role.ADMIN) || who.has(Role.MANAGER) && who.employeeId() != null);
    }

    /** Whether the person may set requirements and course mappings: administrators. */
    public boolean administers(SignedInPerson who) {
        return who != null && who.has(Role.ADMIN);
    }

    /** Records a refused look at someone's competency record (or a page the caller may not use). */
    public void refuse(Actor actor, String employeeId, String what) {
        refused.fire(new CompetencyAccessRefused(actor, employeeId == null || employeeId.isBlank() ? "-"
                : employeeId.strip(), what + " refused to " + actor.username()));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toUpperCase(Locale.ROOT).equals(b.strip().toUpperCase(Locale.ROOT));
    }
}
