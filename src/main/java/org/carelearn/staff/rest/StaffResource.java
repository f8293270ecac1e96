package org.carelearn.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;

/** /api/admin/staff: the directory for integrations and scripts. ADMIN only. */
@Path("/admin/staff")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    private StaffDirectory directory;

    @Inject
    private CurrentActor currentActor;

    @GET
    public StaffPage list(@QueryParam("employeeId") String employeeId, @QueryParam("name") String name,
            @QueryParam("email") String email, @QueryParam("department") String department,
            @QueryParam("jobRole") String jobRole, @QueryParam("active") Boolean active,
            @QueryParam("sort") @DefaultValue("NAME") StaffSearch.Sort sort,
            @QueryParam("descending") @DefaultValue("false") boolean descending,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        StaffSearch search = new StaffSearch(employeeId, name, email, department, jobRole, active, sort, !descending);
        return new StaffPage(directory.count(search), first, max, directory.search(search, first, max).stream()
                .map(this::dto).toList());
    }

    @GET
    @Path("{employeeId}")
    public StaffMemberDto get(@PathParam("employeeId") String employeeId) {
        return dto(existing(employeeId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid StaffRequest request, @Context UriInfo uri) {
        StaffMember added = directory.add(currentActor.get(), request.toChange());
        return Response.created(uri.getAbsolutePathBuilder().path(added.getEmployeeId()).build()).entity(dto(added))
                .build();
    }

    @PUT
    @Path("{employeeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffMemberDto update(@PathParam("employeeId") String employeeId, @NotNull @Valid StaffRequest request) {
        if (!StaffMember.normalizeEmployeeId(employeeId).equals(StaffMember.normalizeEmployeeId(request.employeeId()))) {
            throw new BusinessRuleException("The employee id in the body must match the one in the address");
        }
        if (request.version() == null) {
            throw new BusinessRuleException("version is required: send the version you last read");
        }
        return dto(directory.update(currentActor.get(), request.toChange(), request.version()));
    }

    @POST
    @Path("{employeeId}/deactivate")
    public StaffMemberDto deactivate(@PathParam("employeeId") String employeeId) {
        directory.deactivate(currentActor.get(), employeeId);
        return get(employeeId);
    }

    @POST
    @Path("{employeeId}/reactivate")
    public StaffMemberDto reactivate(@PathParam("employeeId") String employeeId) {
        directory.reactivate(currentActor.get(), employeeId);
        return get(employeeId);
    }

    private StaffMember existing(String employeeId) {
        return directory.find(employeeId)
                .orElseThrow(() -> new NotFoundException("No staff member with employee id " + employeeId));
    }

    private StaffMemberDto dto(StaffMember member) {
        return StaffMemberDto.of(member, directory.accountOf(member).orElse(null));
    }
}
