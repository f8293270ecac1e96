package org.carelearn.assignment.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * An active rule as the administrator's list shows it.
 *
 * @param what the course's title, or "Curriculum: " and its name
 * @param recertification "every 12 months, opening 60 days before", or blank for training taken once
 * @param peopleReached how many people hold an active assignment of the rule now
 */
public record RuleSummary(long id, String name, String what, String target, String due, String recertification,
        String createdBy, Instant createdAt, long peopleReached) implements Serializable {
}
