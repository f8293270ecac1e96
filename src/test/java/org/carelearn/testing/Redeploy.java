package org.carelearn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Restarts the deployed CareLearn in the test server (management operation {@code redeploy}): the application
 * starts afresh, with nothing in memory from before, on the same database. For tests that check what survives a
 * restart. Called from the test's side (a {@code @RunAsClient} method), never from inside the deployment.
 */
public final class Redeploy {

    private Redeploy() {
    }

    public static void carelearn() {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                Integer.getInteger("carelearn.management.port", 9990))) {
            ModelNode result = client.execute(Operations.createOperation("redeploy",
                    Operations.createAddress("deployment", "carelearn.war")));
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException("Redeploy failed: " + Operations.getFailureDescription(result));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
