package org.carelearn.platform.web;

import jakarta.servlet.ServletRequest;

/**
 * Marks a request whose refusal a page has already put in the audit trail, in its own words (whose record was
 * asked for, which page), before answering 403: {@link ForbiddenRequests} then leaves it there, so one refused
 * look is one entry. The mark is a request attribute, so it travels with the request into its error dispatch.
 */
public final class AuditedRefusal {

    private static final String ATTRIBUTE = AuditedRefusal.class.getName();

    private AuditedRefusal() {
    }

    /** Call after the refusal was audited and before sending the 403. */
    public static void mark(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isMarked(ServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
