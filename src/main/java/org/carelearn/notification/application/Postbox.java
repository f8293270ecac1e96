package org.carelearn.notification.application;

import java.util.List;

/** Hands messages to an SMTP server. The infrastructure implements it with WildFly's mail session. */
public interface Postbox {

    /** One message to hand over. */
    record Envelope(long id, String address, String name, String subject, String body) {
    }

    /** What the SMTP server answered for one message: accepted (its reply) or not (the error). */
    record Outcome(long id, boolean accepted, String reply) {
    }

    /**
     * Whether an SMTP server is configured at all ({@code carelearn.smtp.host}); without one, messages are kept
     * and shown, not sent.
     */
    boolean configured();

    /** The SMTP server messages go to, as "host:port", for the admin's page. */
    String server();

    /** Sends each message (over one connection where it can) and says what became of each, in order. */
    List<Outcome> send(List<Envelope> envelopes);
}
