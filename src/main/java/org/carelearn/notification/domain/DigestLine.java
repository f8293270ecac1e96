package org.carelearn.notification.domain;

/** One line of a manager's digest: someone in their line and a course they have overdue or due soon. */
public record DigestLine(Recipient person, CourseDue course, boolean overdue) {
}
