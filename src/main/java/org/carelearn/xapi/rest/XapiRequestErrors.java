package org.carelearn.xapi.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.rest.ErrorResponse;

/** JAX-RS's own refusals keep their status; anything unforeseen is a 500 with a reference, never a trace. */
public class XapiRequestErrors implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(XapiRequestErrors.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(status, web.getMessage())).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected LRS error, reference " + reference, e);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(500, "Something went wrong in the LRS (reference " + reference + ")")).build();
    }
}
