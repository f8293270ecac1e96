package org.carelearn.learning.domain;

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
}
