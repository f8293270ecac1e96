package org.carelearn.notification.domain;

/** Where a message stands. */
public enum MailState {
    /** Claimed; waits for its first attempt. */
    WAITING("Waiting"),
    /** Taken by a sender, which is attempting it now. */
    SENDING("Sending"),
    /** The SMTP server accepted it. */
    SENT("Sent"),
    /** An attempt failed; it is tried again after a pause. */
    RETRYING("Will retry"),
    /** Every attempt failed; CareLearn has given up. */
    FAILED("Failed"),
    /** No SMTP server is configured: kept here and not sent. */
    KEPT("Kept, not sent");

    private final String label;

    MailState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
