package org.carelearn.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores messages (never deleted: they are the mail log) and people's reminder preferences. */
public interface MailStore {

    /** Which of these keys are claimed already. */
    Set<String> claimedAmong(Collection<String> claimKeys);

    void add(OutgoingMail mail);

    /**
     * Takes every message whose attempt is due by {@code now} (waiting, to be retried, or left sending by a
     * sender that stopped) for one sender, marked with its lease, until {@code leaseEnds}.
     *
     * @return how many it took
     */
    int take(String lease, Instant now, Instant leaseEnds);

    /** The ids of the messages held under the lease, oldest first. */
    List<Long> taken(String lease);

    /** These messages, by id (those that exist). */
    List<OutgoingMail> mails(Collection<Long> ids);

    List<OutgoingMail> newestFirst(int first, int max);

    long count();

    /** Everything addressed to one person, oldest first. */
    List<OutgoingMail> to(String employeeId);

    Optional<MailPreference> preference(String employeeId);

    void add(MailPreference preference);

    /** Those of these people who switched reminders off. */
    Set<String> remindersOffAmong(Collection<String> employeeIds);
}
