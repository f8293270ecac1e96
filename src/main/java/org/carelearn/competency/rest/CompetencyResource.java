package org.carelearn.competency.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carelearn.competency.application.CompetencyAuthority;
import org.carelearn.competency.application.CompetencyGrid;
import org.carelearn.competency.application.CompetencyProfiles;
import org.carelearn.competency.application.Profile;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;

/**
 * /api/competencies: a person's competency profile and evidence, and who holds a competency, for the hospital's
 * other systems (the HR system asks "who is competent in X"). Everyone reads their own profile, a manager those of
 * the people in their line, an administrator anyone's ({@link CompetencyAuthority}); a refused look is 403 and put
 * in the audit trail, the same whether the person exists or not. "Who is competent" is for managers (their line)
 * and administrators (everyone).
 */
@Path("/competencies")
@RolesAllowed({Role.LEARNER_NAME, Role.MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyResource {

    @Inject
    private CompetencyProfiles profiles;

    @Inject
    private CompetencyGrid grid;

    @Inject
    private CompetencyAuthority authority;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @GET
    @Path("/people/{employeeId}/profile")
    public ProfileDto profile(@PathParam("employeeId") String employeeId) {
        return ProfileDto.of(readable(employeeId));
    }

    @GET
    @Path("/people/{employeeId}/evidence")
    public List<EvidenceDto> evidence(@PathParam("employeeId") String employeeId) {
        return readable(employeeId).lines().stream().flatMap(l -> l.evidence().stream()).map(EvidenceDto::of)
                .sorted((a, b) -> b.givenOn().compareTo(a.givenOn())).toList();
    }

    /** Who holds the competency now (competent or expiring), at least at {@code level} when given. */
    @GET
    @Path("/{competency}/competent")
    public List<CompetentPersonDto> competent(@PathParam("competency") String competency,
            @QueryParam("level") Integer level) {
        SignedInPerson me = signedIn();
        if (!authority.mayReadGrid(me)) {
            authority.refuse(currentActor.get(), null, "Who is competent in " + competency);
            throw new ForbiddenException("Only managers (for their line) and administrators ask who is competent");
        }
        return grid.competentIn(me, competency, level).stream().map(CompetentPersonDto::of).toList();
    }

    private Profile readable(String employeeId) {
        SignedInPerson me = signedIn();
        if (!authority.mayRead(me, employeeId)) {
            authority.refuse(currentActor.get(), employeeId, "The competency profile of " + employeeId);
            throw new ForbiddenException("You can see your own competency profile, and a manager those of the people"
                    + " in their line");
        }
        return profiles.profileOf(employeeId)
                .orElseThrow(() -> new NotFoundException("No staff member with employee id " + employeeId));
    }

    private SignedInPerson signedIn() {
        return currentPerson.get().orElseThrow(() -> new ForbiddenException("Your account has no staff record"));
    }
}
