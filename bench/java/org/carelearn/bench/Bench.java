package org.carelearn.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the benchmarks share: their figures are kept per database ({@code <name>-derby.txt},
 * {@code <name>-postgresql.txt} in target/), so that a run on one database prints the last run's figures on the
 * other beside its own. {@code mvn -Pbench,postgresql verify -Dit.test=...} runs a benchmark on Derby and then on
 * PostgreSQL in one build, so the second table printed is the comparison.
 */
final class Bench {

    /** The databases a benchmark's figures are kept for. */
    private static final Pattern DATABASES = Pattern.compile("-(derby|postgresql)\\.txt$");

    private Bench() {
    }

    /** The load average as {@code uptime} shows it (figures on the shared machine mean little without it). */
    static String load() {
        try {
            String[] average = Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4);
            return "load average " + average[0] + " " + average[1] + " " + average[2] + " (1, 5, 15 min)";
        } catch (IOException e) {
            return "load average unknown (" + e.getMessage() + ")";
        }
    }

    /** Prints the figures the other database's last run left beside {@code results}, if there are any. */
    static void printBeside(Path results, String prefix, String database) {
        try (Stream<Path> files = Files.list(results.getParent())) {
            for (Path other : files.filter(f -> DATABASES.matcher(f.getFileName().toString()).find()
                    && f.getFileName().toString().startsWith(prefix) && !f.equals(results)).sorted().toList()) {
                System.out.printf("%n--- beside it, the last run on another database (%s, %s) ---%n%s",
                        other.getFileName(), Files.getLastModifiedTime(other), Files.readString(other));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
