package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.notification.domain.Letter;
import org.carelearn.notification.domain.MailStore;

/**
 * Claims messages in the database before anything is sent: a message whose key is claimed already (by an earlier
 * run, before a restart, or by another server) is not claimed again, so it is sent at most once.
 */
@ApplicationScoped
public class Claims {

    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(Claims.class.getName());

    @Inject
    private ClaimWriter writer;

    @Inject
    private Postbox postbox;

    @Inject
    private MailStore store;

    /** Claims each message not claimed yet; returns how many this call claimed. */
    public int claim(Collection<Letter> letters, Instant now) {
        Map<String, Letter> byKey = new LinkedHashMap<>();
        letters.forEach(letter -> byKey.putIfAbsent(letter.claimKey(), letter));
        List<Letter> unique = new ArrayList<>(byKey.values());
        boolean toBeSent = postbox.configured();
        int claimed = 0;
        for (int from = 0; from < unique.size(); from += BATCH) {
            List<Letter> batch = unique.subList(from, Math.min(unique.size(), from + BATCH));
            try {
                claimed += writer.write(batch, now, toBeSent);
            } catch (RuntimeException raced) {
                claimed += oneByOne(batch, now, toBeSent);
            }
        }
        return claimed;
    }

    private int oneByOne(List<Letter> batch, Instant now, boolean toBeSent) {
        int claimed = 0;
        for (Letter letter : batch) {
            try {
                claimed += writer.write(List.of(letter), now, toBeSent);
            } catch (RuntimeException e) {
                if (store.claimedAmong(List.of(letter.claimKey())).isEmpty()) {
                    LOG.log(Level.WARNING, "A message could not be claimed; the next run tries again: "
                            + letter.claimKey(), e);
                }
                // else the key's unique constraint refused it: another server claimed it in the meantime
            }
        }
        return claimed;
    }
}
