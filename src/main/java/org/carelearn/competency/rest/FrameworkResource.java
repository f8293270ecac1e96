package org.carelearn.competency.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carelearn.competency.application.FrameworkVersionView;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.exchange.CaseExchange;
import org.carelearn.competency.application.exchange.CaseImportResult;
import org.carelearn.competency.application.exchange.CasePackageReader;
import org.carelearn.competency.application.exchange.CaseRefused;
import org.carelearn.competency.rest.FrameworkDtos.FrameworkDto;
import org.carelearn.competency.rest.FrameworkDtos.ImportDto;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;

/**
 * /api/competencies/frameworks: the frameworks CareLearn holds, any version of one as a CASE 1.1 package, and the
 * import of a CASE package (1.1 or 1.0) as the request body. Administrators and the systems they give admin
 * accounts only. A refused package is 422 with every reason in {@code details}, and nothing of it is stored.
 */
@Path("/competencies/frameworks")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    @Inject
    private Frameworks frameworks;

    @Inject
    private CaseExchange exchange;

    @Inject
    private CurrentActor currentActor;

    @GET
    public List<FrameworkDto> list() {
        return frameworks.list().stream()
                .map(v -> FrameworkDto.of(v, exchange.packageUri(v.frameworkIdentifier(), v.version()))).toList();
    }

    /** The newest version as CASE. */
    @GET
    @Path("{identifier}/case")
    public Response latest(@PathParam("identifier") String identifier) {
        return download(frameworks.latest(identifier)
                .orElseThrow(() -> new NotFoundException("There is no framework " + identifier)));
    }

    @GET
    @Path("{identifier}/versions/{version}/case")
    public Response version(@PathParam("identifier") String identifier, @PathParam("version") int version) {
        return download(frameworks.version(identifier, version).orElseThrow(() -> new NotFoundException(
                "There is no version " + version + " of the framework " + identifier)));
    }

    // Any media type: a file uploaded as text/plain or octet-stream gets the importer's reasons, not a bare 415.
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importCase(InputStream body, @Context UriInfo uri) throws IOException {
        CaseImportResult result;
        try {
            result = exchange.importCase(currentActor.get(), read(body));
        } catch (CaseRefused e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorResponse(422, e.getMessage(), e.reasons())).build();
        }
        ImportDto dto = ImportDto.of(result);
        if (!dto.created()) {
            return Response.ok(dto).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(dto.frameworkIdentifier()).path("versions")
                .path(String.valueOf(dto.version())).path("case").build()).entity(dto).build();
    }

    /** The body as UTF-8 text, refused past the reader's bound without reading it all into memory. */
    private static String read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(CasePackageReader.MAX_CHARACTERS * 4 + 1);
        if (bytes.length > CasePackageReader.MAX_CHARACTERS * 4) {
            throw new CaseRefused(List.of("The file is larger than a CASE package CareLearn reads ("
                    + CasePackageReader.MAX_CHARACTERS + " characters)"));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private Response download(FrameworkVersionView view) {
        JsonObject pkg = exchange.export(view);
        return Response.ok(pkg.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + CaseExchange.fileName(view) + "\"")
                .build();
    }
}
