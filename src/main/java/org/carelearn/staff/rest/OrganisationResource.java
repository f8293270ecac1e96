package org.carelearn.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.Organisation;

/** /api/departments and /api/job-roles: the lists every signed-in person may read. */
@Path("/")
@RolesAllowed({Role.LEARNER_NAME, Role.MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** A department or job role: its code, its name or title, whether it is active. */
    public record CodedDto(String code, String name, boolean active) {
    }

    @Inject
    private Organisation organisation;

    @GET
    @Path("departments")
    public List<CodedDto> departments() {
        return organisation.departments().stream().map(d -> new CodedDto(d.getCode(), d.getName(), d.isActive()))
                .toList();
    }

    @GET
    @Path("job-roles")
    public List<CodedDto> jobRoles() {
        return organisation.jobRoles().stream().map(r -> new CodedDto(r.getCode(), r.getTitle(), r.isActive()))
                .toList();
    }
}
