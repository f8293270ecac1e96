package org.carelearn.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether an AU needs a window of its own (cmi5 §13.1.4 launchMethod). */
public enum LaunchMethod {
    ANY_WINDOW("AnyWindow"),
    OWN_WINDOW("OwnWindow");

    private final String cmi5Name;

    LaunchMethod(String cmi5Name) {
        this.cmi5Name = cmi5Name;
    }

    public String cmi5Name() {
        return cmi5Name;
    }

    /** The value for a cmi5 name, matched exactly as the schema does. */
    public static Optional<LaunchMethod> fromCmi5(String name) {
        return Arrays.stream(values()).filter(m -> m.cmi5Name.equals(name)).findFirst();
    }

    public String getCmi5Name() {
        return cmi5Name;
    }
}
