package org.carelearn.assignment.domain;

import java.time.LocalDate;

/** One round of recurring training: the day it opens (the person can take it again) and the day it is due. */
public record Round(LocalDate opensOn, LocalDate dueOn) {

    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opensOn);
    }
}
