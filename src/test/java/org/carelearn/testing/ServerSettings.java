package org.carelearn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Changes one of CareLearn's settings (a system property, read when it is needed) on the running test server
 * for the length of one test, through WildFly's management API. Always {@link #clear} it afterwards.
 */
public final class ServerSettings {

    private ServerSettings() {
    }

    public static void set(ManagementClient management, String name, String value) {
        clear(management, name);
        ModelNode add = operation("add", name);
        add.get("value").set(value);
        execute(management, add);
    }

    public static void clear(ManagementClient management, String name) {
        ModelNode read = operation("read-resource", name);
        if (execute(management, read)) {
            execute(management, operation("remove", name));
        }
    }

    private static ModelNode operation(String name, String property) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").add("system-property", property);
        return operation;
    }

    private static boolean execute(ManagementClient management, ModelNode operation) {
        try {
            ModelNode result = management.getControllerClient().execute(operation);
            return "success".equals(result.get("outcome").asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
