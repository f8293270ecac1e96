package org.carelearn.notification.domain;

/** What a message is for; the label is what the admin's mail log shows. */
public enum MailKind {
    /** Sent to the person some days before a course is due (by default 14 and 3). */
    REMINDER("Reminder"),
    /** Sent to the person the first day a course is overdue. */
    OVERDUE("Overdue notice"),
    /** Sent to the manager's manager once a course has been overdue for some days (by default 14). */
    ESCALATION("Escalation"),
    /** Sent weekly to each manager whose line has someone overdue or due soon. */
    DIGEST("Weekly digest"),
    /** Sent when a manager asks for it ("remind now"), at most once a day per person. */
    MANAGER_REMINDER("Reminder from a manager");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
