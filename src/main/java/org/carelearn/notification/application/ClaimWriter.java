package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.carelearn.notification.domain.Letter;
import org.carelearn.notification.domain.MailStore;
import org.carelearn.notification.domain.OutgoingMail;

/**
 * Claims messages: one transaction per batch, so that a batch holding a key another server claimed a moment
 * earlier fails alone (the unique key refuses it) and {@link Claims} tries its messages one by one.
 */
@ApplicationScoped
public class ClaimWriter {

    @Inject
    private MailStore store;

    /** Stores the messages whose key nobody claimed yet; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int write(List<Letter> letters, Instant now, boolean toBeSent) {
        Set<String> claimed = store.claimedAmong(letters.stream().map(Letter::claimKey).toList());
        int added = 0;
        for (Letter letter : letters) {
            if (!claimed.contains(letter.claimKey())) {
                store.add(new OutgoingMail(letter, now, toBeSent));
                added++;
            }
        }
        return added;
    }
}
