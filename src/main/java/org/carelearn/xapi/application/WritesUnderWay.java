package org.carelearn.xapi.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.carelearn.platform.time.HospitalTime;

/**
 * The statement writes under way on this server, each with a lower bound of the {@code stored} time it will give
 * its statements, for {@code X-Experience-API-Consistent-Through}: every statement stored before
 * {@link #consistentThrough()} is committed. A write registers (and reads the clock) before it takes the position
 * lock and its stored time, which is never earlier than that reading; it leaves when its transaction ends. Both
 * happen under one monitor with the reader's own reading of the clock, so a write either counts for a reader or
 * gets a stored time no earlier than the reader's.
 *
 * <p>It knows this server's writes only: on a cluster another node's write under way is not counted, and the header
 * is as true as the nodes' clocks are close (each write's stored time is also never earlier than the last committed
 * one's, so it can only err by the clocks' difference).
 */
@ApplicationScoped
public class WritesUnderWay {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private HospitalTime time;

    private final Object monitor = new Object();
    private final Map<Object, Instant> open = new HashMap<>();

    /** The current transaction is about to take a stored time; once per transaction, until it ends. */
    void starting() {
        Object key = transaction.getTransactionKey();
        if (key == null) {
            throw new IllegalStateException("A statement write runs in a transaction");
        }
        synchronized (monitor) {
            if (open.containsKey(key)) {
                return;
            }
            open.put(key, now());
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // still under way until the commit is done
            }

            @Override
            public void afterCompletion(int status) {
                synchronized (monitor) {
                    open.remove(key);
                }
            }
        });
    }

    /**
     * The time before which every statement stored is committed: now, or the lower bound of the oldest write under
     * way if that is earlier (to the millisecond, as stored times are).
     */
    public Instant consistentThrough() {
        synchronized (monitor) {
            Instant now = now();
            return open.values().stream().filter(bound -> bound.isBefore(now)).min(Instant::compareTo).orElse(now);
        }
    }

    private Instant now() {
        return time.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
