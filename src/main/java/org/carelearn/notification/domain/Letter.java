package org.carelearn.notification.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A message as computed, before it is claimed: whom it goes to, whom and which course it is about, its text, and
 * the key that makes it once-only.
 *
 * @param about the person a manager's message is about, or null (a message to the person themselves, a digest)
 * @param courseIri the course, or null for a digest or a manager's reminder of several courses
 */
public record Letter(String claimKey, MailKind kind, Recipient to, Recipient about, String courseIri,
        LocalDate dueOn, String subject, String body) {

    public Letter {
        Objects.requireNonNull(claimKey);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }
}
