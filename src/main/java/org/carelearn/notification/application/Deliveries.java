package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carelearn.notification.application.Postbox.Envelope;
import org.carelearn.notification.application.Postbox.Outcome;
import org.carelearn.notification.domain.MailStore;
import org.carelearn.notification.domain.OutgoingMail;

/**
 * The sender's short transactions around the SMTP conversation, which runs outside any transaction: take what is
 * due under a lease, read a batch of it, record what the SMTP server answered.
 */
@ApplicationScoped
public class Deliveries {

    @Inject
    private MailStore store;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int take(String lease, Instant now, Instant leaseEnds) {
        return store.take(lease, now, leaseEnds);
    }

    /** The ids of what the lease holds, oldest first: read once, not once per batch. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> taken(String lease) {
        return store.taken(lease);
    }

    /** These messages, those of them the lease still holds, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Envelope> batch(String lease, List<Long> ids) {
        return store.mails(ids).stream().filter(m -> m.isHeldBy(lease))
                .sorted(Comparator.comparing(OutgoingMail::getId))
                .map(m -> new Envelope(m.getId(), m.getRecipientAddress(), m.getRecipientName(), m.getSubject(),
                        m.getBody())).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<Outcome> outcomes, Instant at) {
        Map<Long, Outcome> byId = outcomes.stream().collect(Collectors.toMap(Outcome::id, o -> o));
        for (OutgoingMail mail : store.mails(byId.keySet())) {
            Outcome outcome = byId.get(mail.getId());
            if (outcome.accepted()) {
                mail.delivered(at, outcome.reply());
            } else {
                mail.failed(at, outcome.reply());
            }
        }
    }
}
