package org.carelearn.staff.application.hrfeed;

/** Told how far an import has come, so that a page can show a large import advancing. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    void advanced(Phase phase, long done, long total);

    /** The steps of an import, in order. */
    enum Phase {
        READING("Reading the file"),
        CHECKING("Checking every row"),
        WRITING("Writing to the directory"),
        FINISHED("Finished");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
