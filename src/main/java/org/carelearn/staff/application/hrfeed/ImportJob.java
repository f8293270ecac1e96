package org.carelearn.staff.application.hrfeed;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An import running in the background, as a page polls it: where it is, and its result when done.
 * Safe to read from any thread while the import writes to it.
 */
public final class ImportJob implements ImportProgress {

    /** Where an import stands at one moment. */
    public record Status(Phase phase, long done, long total, ImportResult result, String failure) {

        public boolean finished() {
            return result != null || failure != null;
        }

        /** 0 to 100, for a progress bar: checking is the first tenth, writing the rest. */
        public int percent() {
            if (finished()) {
                return 100;
            }
            double share = total == 0 ? 0 : (double) done / total;
            return switch (phase) {
                case READING -> 0;
                case CHECKING -> (int) (share * 10);
                case WRITING -> 10 + (int) (share * 89);
                case FINISHED -> 100;
            };
        }
    }

    private final String id;
    private final String startedBy;
    private final String fileName;
    private final Instant startedAt;
    private final AtomicReference<Status> status =
            new AtomicReference<>(new Status(Phase.READING, 0, 0, null, null));

    ImportJob(String id, String startedBy, String fileName, Instant startedAt) {
        this.id = id;
        this.startedBy = startedBy;
        this.fileName = fileName;
        this.startedAt = startedAt;
    }

    @Override
    public void advanced(Phase phase, long done, long total) {
        status.set(new Status(phase, done, total, null, null));
    }

    void finish(ImportResult result) {
        Status last = status.get();
        status.set(new Status(Phase.FINISHED, last.total(), last.total(), result, null));
    }

    void fail(String failure) {
        Status last = status.get();
        status.set(new Status(last.phase(), last.done(), last.total(), null, failure));
    }

    public String id() {
        return id;
    }

    public String startedBy() {
        return startedBy;
    }

    public String fileName() {
        return fileName;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Status status() {
        return status.get();
    }
}
