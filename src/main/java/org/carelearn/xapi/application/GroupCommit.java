package org.carelearn.xapi.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: concurrent writes that arrive together are stored in one transaction, and each request is answered
 * only after that transaction committed, so nothing acknowledged can be lost. Statements are committed one writer
 * at a time anyway (the position lock keeps positions in commit order); sharing a commit shares its cost (the
 * database's log written to disk, the lock's round trip) among all the requests waiting for it.
 *
 * <p>The first request to find no transaction under way leads: it takes every waiting write (up to
 * {@link #MAX_STATEMENTS}) and stores them together while the next ones queue up behind it; when it is done, one
 * of those leads the next group. A request alone is stored at once, so no write waits for company. The group's
 * transaction does not look for ids already stored (the unique key does); a group whose transaction fails, for
 * that or any reason, is stored again one write at a time, so one write's failure is never another's.
 *
 * <p>Only writes that need nothing of another context take part: requests of LRS clients (a launch session's
 * writes run cmi5's rules under the enrolment's lock, in their own transaction), without attachment content or
 * voiding, and not already inside a caller's transaction.
 */
@ApplicationScoped
public class GroupCommit {

    /** At most this many statements share one transaction (a few batches of 50, or many single statements). */
    static final int MAX_STATEMENTS = 500;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private StatementWriter writer;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private boolean leading;

    /** Whether this write may share a transaction with others. */
    boolean accepts(Submission submission) {
        return transaction.getTransactionKey() == null && submission.credentials().session() == null
                && submission.parts().isEmpty() && !submission.voids();
    }

    /** Stores the write, alone or with others, and returns its ids once they are committed. */
    List<String> store(Submission submission) {
        Waiting mine = new Waiting(submission);
        lock.lock();
        try {
            waiting.add(mine);
            while (!mine.done) {
                if (leading) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                leading = true;
                List<Waiting> group = nextGroup();
                lock.unlock();
                try {
                    run(group);
                } finally {
                    lock.lock();
                    group.forEach(w -> w.done = true);
                    leading = false;
                    finished.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        return mine.result();
    }

    /** The oldest waiting writes, at least one, up to {@link #MAX_STATEMENTS} statements. */
    private List<Waiting> nextGroup() {
        List<Waiting> group = new ArrayList<>();
        int statements = 0;
        while (!waiting.isEmpty()
                && (group.isEmpty() || statements + waiting.peek().submission.size() <= MAX_STATEMENTS)) {
            Waiting next = waiting.poll();
            statements += next.submission.size();
            group.add(next);
        }
        return group;
    }

    private void run(List<Waiting> group) {
        List<Object> outcomes = storeTogether(group.stream().map(w -> w.submission).toList());
        for (int i = 0; i < group.size(); i++) {
            group.get(i).outcome = outcomes.get(i);
        }
    }

    /**
     * The leader's work: the writes in one transaction, or, if the database refuses it (an id already stored, which
     * the shared transaction does not look for, or any failure of its own), each again in a transaction of its own,
     * so that one write's failure is never another's. Returns each write's ids or the exception that refused it.
     */
    List<Object> storeTogether(List<Submission> group) {
        try {
            return writer.writeGroup(group);
        } catch (RuntimeException groupFailed) {
            // nothing of the shared transaction was stored
        }
        List<Object> outcomes = new ArrayList<>(group.size());
        for (Submission alone : group) {
            try {
                outcomes.add(writer.write(alone));
            } catch (RuntimeException e) {
                outcomes.add(e);
            }
        }
        return outcomes;
    }

    /** A write waiting for its transaction, and then how it went: its ids or what refused it. */
    private static final class Waiting {

        private final Submission submission;
        private Object outcome;
        private boolean done;

        Waiting(Submission submission) {
            this.submission = submission;
        }

        @SuppressWarnings("unchecked")
        List<String> result() {
            if (outcome instanceof RuntimeException e) {
                throw e;
            }
            return (List<String>) outcome;
        }
    }
}
