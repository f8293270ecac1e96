package org.carelearn.staff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per network address, whatever user names they tried (OWASP ASVS 2.2.1: anti-automation
 * against credential stuffing and password spraying, which per-account lockout does not stop). An address with
 * too many failures within the window is refused for the length of the window: its next attempts are not even
 * checked. Kept in memory: it protects one server and forgets everything at a restart.
 */
public final class AddressThrottle {

    /** Beyond this many remembered addresses, the ones with nothing left to remember are dropped first. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Record> byAddress = new ConcurrentHashMap<>();

    /**
     * Counts a failed sign-in from this address.
     *
     * @return true when this failure makes the address refused (it reached {@code maxFailures} in the window)
     */
    public boolean recordFailure(String address, Instant now, int maxFailures, Duration window) {
        if (byAddress.size() > PRUNE_ABOVE) {
            byAddress.values().removeIf(record -> record.isEmpty(now, window));
        }
        return byAddress.computeIfAbsent(address, a -> new Record()).failed(now, maxFailures, window);
    }

    /** Whether sign-ins from this address are refused at {@code now}. */
    public boolean isRefused(String address, Instant now) {
        Record record = byAddress.get(address);
        return record != null && record.refusedAt(now);
    }

    /** Failures of this address still within the window. */
    public int failures(String address, Instant now, Duration window) {
        Record record = byAddress.get(address);
        return record == null ? 0 : record.count(now, window);
    }

    private static final class Record {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant refusedUntil;

        synchronized boolean failed(Instant now, int maxFailures, Duration window) {
            forgetBefore(now.minus(window));
            failures.addLast(now);
            if (failures.size() >= maxFailures && !refusedAt(now)) {
                refusedUntil = now.plus(window);
                return true;
            }
            return false;
        }

        synchronized boolean refusedAt(Instant now) {
            return refusedUntil != null && now.isBefore(refusedUntil);
        }

        synchronized int count(Instant now, Duration window) {
            forgetBefore(now.minus(window));
            return failures.size();
        }

        synchronized boolean isEmpty(Instant now, Duration window) {
            return count(now, window) == 0 && !refusedAt(now);
        }

        private void forgetBefore(Instant start) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(start)) {
                failures.removeFirst();
            }
        }
    }
}
