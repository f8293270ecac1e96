package org.carelearn.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that talks to CareLearn from outside, as a browser or an API client does: the real WAR deployed on
 * the real WildFly, and the address it answers at.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedCareLearn {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.carelearn();
    }
}
