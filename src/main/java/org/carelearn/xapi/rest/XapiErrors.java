package org.carelearn.xapi.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.xapi.application.LrsException;

/** The LRS's refusals, with the status the specification prescribes for each. */
public class XapiErrors implements ExceptionMapper<LrsException> {

    @Override
    public Response toResponse(LrsException e) {
        int status = switch (e.kind()) {
            case BAD_REQUEST -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case TOO_LARGE -> 413;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorResponse.of(status, e.getMessage()))
                .build();
    }
}
