package org.carelearn.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/** When the LMS considers an AU satisfied (cmi5 §13.1.4 moveOn); the cmi5 name is what cmi5.xml says. */
public enum MoveOn {
    NOT_APPLICABLE("NotApplicable"),
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed");

    private final String cmi5Name;

    MoveOn(String cmi5Name) {
        this.cmi5Name = cmi5Name;
    }

    public String cmi5Name() {
        return cmi5Name;
    }

    /** The value for a cmi5 name, matched exactly as the schema does (no case folding, no trimming). */
    public static Optional<MoveOn> fromCmi5(String name) {
        return Arrays.stream(values()).filter(m -> m.cmi5Name.equals(name)).findFirst();
    }

    /** For pages (EL reads getters). */
    public String getCmi5Name() {
        return cmi5Name;
    }
}
