package org.carelearn.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. JAX-RS's own errors (404, 405, 415, a bad parameter) keep their status with the
 * error shape; anything unforeseen is logged with a reference that the caller gets instead of a stack trace.
 */
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return json(status, status == 404 ? "Not found" : web.getMessage());
        }
        if (e instanceof ProcessingException || causedBy(e, JsonbException.class)) {
            return json(400, "The request body is not valid JSON of the expected shape");
        }
        if (causedBy(e, OptimisticLockException.class)) {
            return json(409, "Someone else changed this record at the same time; read it again and retry");
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return json(500, "Something went wrong on the server (reference " + reference + ")");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorResponse.of(status, message))
                .build();
    }
}
