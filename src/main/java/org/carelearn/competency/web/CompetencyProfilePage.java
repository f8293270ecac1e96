package org.carelearn.competency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.carelearn.competency.application.CompetencyAuthority;
import org.carelearn.competency.application.CompetencyProfiles;
import org.carelearn.competency.application.Profile;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.web.AuditedRefusal;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * competency/profile.xhtml: a person's competency profile, their own without a parameter. A manager opens those of
 * the people in their line ({@code ?employeeId=}), an administrator anyone's; anyone else gets 403, and the refused
 * look goes into the audit trail.
 */
@Named
@RequestScoped
public class CompetencyProfilePage {

    @Inject
    @Param(name = "employeeId")
    private String employeeId;

    @Inject
    private CompetencyProfiles profiles;

    @Inject
    private CompetencyAuthority authority;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private Profile profile;
    private List<ProfileLineRow> lines = List.of();
    private boolean own;

    public void load() throws IOException {
        SignedInPerson me = currentPerson.get().orElse(null);
        String wanted = employeeId == null || employeeId.isBlank() ? currentPerson.employeeId() : employeeId.strip();
        if (!authority.mayRead(me, wanted)) {
            authority.refuse(currentActor.get(), wanted, "The competency profile page of " + wanted);
            AuditedRefusal.mark(Faces.getRequest());
            Faces.responseSendError(403, "You can see your own competency profile, and a manager those of the"
                    + " people in their line");
            return;
        }
        own = me != null && wanted != null && wanted.equalsIgnoreCase(me.employeeId());
        profile = profiles.profileOf(wanted).orElse(null);
        if (profile == null) {
            Messages.addGlobalError("There is no staff member with employee id {0}.", wanted);
        } else {
            lines = profile.lines().stream().map(ProfileLineRow::new).toList();
        }
    }

    public Profile getProfile() {
        return profile;
    }

    /** The profile's competencies as the page writes them. */
    public List<ProfileLineRow> getLines() {
        return lines;
    }

    public boolean isOwn() {
        return own;
    }
}
