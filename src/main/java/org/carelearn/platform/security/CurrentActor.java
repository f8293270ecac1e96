package org.carelearn.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@link Actor} of the current HTTP request. Beans of longer scopes inject this (a request-scoped
 * proxy) and ask at the moment they act, so that each action names the address it came from.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    private HttpServletRequest request;

    public Actor get() {
        String user = request.getRemoteUser();
        return new Actor(user == null ? "anonymous" : user, request.getRemoteAddr());
    }
}
