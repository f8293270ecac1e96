package org.carelearn.learning.domain;

import java.util.Arrays;
import java.util.Optional;

/** cmi5's launch modes (10.2.2): only Normal records satisfaction. */
public enum LaunchMode {
    NORMAL("Normal"),
    BROWSE("Browse"),
    REVIEW("Review");

    private final String cmi5Name;

    LaunchMode(String cmi5Name) {
        this.cmi5Name = cmi5Name;
    }

    public String cmi5Name() {
        return cmi5Name;
    }

    /** The mode cmi5 calls by this name ("Browse"), in any case. */
    public static Optional<LaunchMode> named(String name) {
        return Arrays.stream(values()).filter(m -> m.cmi5Name.equalsIgnoreCase(name)).findFirst();
    }
}
