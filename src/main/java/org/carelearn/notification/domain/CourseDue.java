package org.carelearn.notification.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An open required course of one person, with the title messages name it by and the day it is due. */
public record CourseDue(String courseIri, String title, LocalDate dueOn) {

    public CourseDue {
        Objects.requireNonNull(courseIri);
        Objects.requireNonNull(title);
        Objects.requireNonNull(dueOn);
    }
}
