package org.carelearn.notification.domain;

import java.util.Objects;

/** Someone a message goes to or is about: a staff member by employee id, name and (for a recipient) address. */
public record Recipient(String employeeId, String name, String address) {

    public Recipient {
        Objects.requireNonNull(employeeId);
        Objects.requireNonNull(name);
    }

    /** The first word of the name, for a greeting. */
    public String firstName() {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
