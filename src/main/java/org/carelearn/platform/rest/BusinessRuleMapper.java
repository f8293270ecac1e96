package org.carelearn.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;

/** A broken rule is the caller's to fix: 400 with the rule's message; a missing record is 404. */
public class BusinessRuleMapper implements ExceptionMapper<BusinessRuleException> {

    @Override
    public Response toResponse(BusinessRuleException e) {
        int status = e instanceof NotFoundException ? 404 : 400;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(status, e.getMessage())).build();
    }
}
