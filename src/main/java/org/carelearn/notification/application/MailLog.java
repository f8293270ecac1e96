package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.carelearn.notification.domain.MailStore;
import org.carelearn.notification.domain.OutgoingMail;

/** Everything CareLearn sent or kept, for admins, and whether there is an SMTP server to send to. */
@ApplicationScoped
public class MailLog {

    @Inject
    private MailStore store;

    @Inject
    private Postbox postbox;

    public List<OutgoingMail> newestFirst(int first, int max) {
        return store.newestFirst(first, max);
    }

    public long count() {
        return store.count();
    }

    /** Everything addressed to one person, oldest first. */
    public List<OutgoingMail> to(String employeeId) {
        return store.to(employeeId);
    }

    public boolean smtpConfigured() {
        return postbox.configured();
    }

    /** "host:port" of the SMTP server. */
    public String smtpServer() {
        return postbox.server();
    }
}
