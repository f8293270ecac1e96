package org.carelearn.xapi.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The LRS's own JAX-RS application at /xapi, apart from CareLearn's /api, with its own authentication and
 * errors. Its providers are listed here and carry no {@code @Provider}, so they never act for /api.
 */
@ApplicationPath("/xapi")
public class XapiApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AboutResource.class, StatementsResource.class, XapiAuthentication.class, XapiVersionHeader.class,
                XapiRequestSize.class,
                XapiErrors.class, XapiRequestErrors.class, StateResource.class, ActivityProfileResource.class,
                AgentProfileResource.class, ActivitiesResource.class, AgentsResource.class);
    }
}
