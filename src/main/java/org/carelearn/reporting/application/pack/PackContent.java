package org.carelearn.reporting.application.pack;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a survey-ready pack holds: its title, the day the standings are decided on, and its people by name. */
public record PackContent(String title, LocalDate on, Instant generatedAt, List<PackPerson> people) {

    public PackContent {
        people = List.copyOf(people);
    }
}
