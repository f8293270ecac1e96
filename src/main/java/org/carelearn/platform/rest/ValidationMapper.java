package org.carelearn.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/** Bean Validation of a request body: 400 naming each field and what is wrong with it. */
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<String> details = e.getConstraintViolations().stream().map(ValidationMapper::describe).sorted().toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(400, "The request is not valid", details)).build();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return field + ": " + violation.getMessage();
    }
}
