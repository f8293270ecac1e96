package org.carelearn.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.catalog.application.PackageRejected;
import org.carelearn.catalog.application.PackageTooLarge;
import org.carelearn.catalog.rest.CourseDtos.AuDto;
import org.carelearn.catalog.rest.CourseDtos.AvailabilityRequest;
import org.carelearn.catalog.rest.CourseDtos.BlockDto;
import org.carelearn.catalog.rest.CourseDtos.CourseSummaryDto;
import org.carelearn.catalog.rest.CourseDtos.CourseVersionDto;
import org.carelearn.catalog.rest.CourseDtos.VersionRef;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;

/**
 * /api/admin/courses: import a cmi5 package (a zip, or a cmi5.xml on its own) as the request body, list
 * the catalog, read a version, choose what the learners' catalog offers ({@code PUT availability}). A refused
 * package is 422 with every reason; nothing of it is stored.
 */
@Path("/admin/courses")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    private Catalog catalog;

    @Inject
    private CurrentActor currentActor;

    // Any media type: what the file is comes from its first bytes (a zip or a cmi5.xml), so a file of another
    // kind gets the importer's reason rather than a bare 415.
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importPackage(InputStream body, @QueryParam("fileName") String fileName, @Context UriInfo uri) {
        CourseVersionView imported;
        try {
            imported = catalog.importPackage(fileName == null ? "upload" : fileName, body, currentActor.get());
        } catch (PackageTooLarge e) {
            return refusal(413, e);
        } catch (PackageRejected e) {
            return refusal(422, e);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(imported.versionId())).build())
                .entity(dto(imported)).build();
    }

    @GET
    public List<CourseSummaryDto> list() {
        return catalog.courses().stream().map(CourseSummaryDto::of).toList();
    }

    /** Offers a course in the learners' catalog, stops offering it, retires it or returns it from retirement. */
    @PUT
    @Path("availability")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseSummaryDto changeAvailability(
            @Valid @NotNull(message = "Send {\"courseIri\": …, \"availability\": …}") AvailabilityRequest request) {
        return CourseSummaryDto.of(catalog.changeAvailability(currentActor.get(), request.courseIri(),
                request.availability()));
    }

    @GET
    @Path("{versionId}")
    public CourseVersionDto version(@PathParam("versionId") long versionId) {
        return dto(catalog.version(versionId)
                .orElseThrow(() -> new NotFoundException("No course version " + versionId)));
    }

    private CourseVersionDto dto(CourseVersionView view) {
        List<AuDto> aus = view.structure().aus().stream()
                .map(au -> AuDto.of(au, au.isAbsoluteUrl() ? au.url() : null)).toList();
        return new CourseVersionDto(view.versionId(), view.courseIri(), view.number(), view.title(),
                view.description(), view.packaged(), view.importedAt(), view.importedBy(), aus,
                view.structure().blocks().stream().map(BlockDto::of).toList(),
                catalog.versions(view.courseIri()).stream().map(VersionRef::of).toList());
    }

    private static Response refusal(int status, PackageRejected e) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(status, e.getMessage(), e.reasons())).build();
    }
}
