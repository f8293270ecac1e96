package org.carelearn.platform.rest;

import java.util.List;

/**
 * The one shape of every REST error: a status, a message for a person, and details (for example each
 * bad row of an import) when there are several things to fix.
 */
public record ErrorResponse(int status, String message, List<String> details) {

    public static ErrorResponse of(int status, String message) {
        return new ErrorResponse(status, message, List.of());
    }
}
