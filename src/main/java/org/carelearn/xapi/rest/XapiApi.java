package org.carelearn.xapi.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.carelearn.platform.rest.ErrorMappers;

/**
 * The LRS's own JAX-RS application at /xapi, apart from CareLearn's /api.
 *
 * <p>Both applications list the same providers ({@link #PROVIDERS} here, and CareLearn's in
 * {@code org.carelearn.RestApi}): WildFly 39 was seen to apply one application's providers to both,
 * depending on which started first, so each provider must be right for either, and the LRS's filters act
 * only on LRS requests ({@link XapiHeaders#isLrsRequest}).
 */
@ApplicationPath("/xapi")
public class XapiApi extends Application {

    /** The LRS's providers: authentication, the version header, its error statuses. */
    public static final Set<Class<?>> PROVIDERS = Set.of(XapiAuthentication.class, XapiVersionHeader.class,
            XapiErrors.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(AboutResource.class, StatementsResource.class, StateResource.class,
                ActivityProfileResource.class, AgentProfileResource.class, ActivitiesResource.class,
                AgentsResource.class));
        classes.addAll(PROVIDERS);
        classes.addAll(ErrorMappers.ALL);
        return classes;
    }
}
