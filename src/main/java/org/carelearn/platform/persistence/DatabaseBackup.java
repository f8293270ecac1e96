package org.carelearn.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;

/**
 * An online backup of the embedded Derby database, taken while CareLearn runs: Derby copies the database into a
 * new folder under {@code carelearn.backup.dir} (default {@code <carelearn.data.dir>/backups}) while writes
 * wait, so the copy is one consistent moment (Derby Reference Manual, "SYSCS_UTIL.SYSCS_BACKUP_DATABASE system
 * procedure"). Another process cannot open an embedded database that the server has open, so this is the only
 * way to back it up without stopping CareLearn. A PostgreSQL database is backed up by PostgreSQL's own
 * {@code pg_dump} instead (README, "Backup and restore"), so here it is refused.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Inject
    private Event<DatabaseBackedUp> backedUp;

    /** What a backup left, and where. */
    public record Backup(Path folder, Path database, long bytes, Duration took) {
    }

    /** Where backups go: {@code carelearn.backup.dir}, else {@code backups} in the data folder. */
    public static Path folder() {
        String configured = System.getProperty("carelearn.backup.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String data = System.getProperty("carelearn.data.dir", System.getProperty("derby.system.home", "."));
        return Path.of(data, "backups");
    }

    /**
     * Backs the database up into a new folder named after {@code now} (UTC); the caller then {@link #announce}s it.
     * Outside any transaction: Derby refuses to back up in a transaction that has changed something.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Backup backUp(Instant now) {
        long start = System.nanoTime();
        Path target = folder().resolve(FOLDER.format(now)).toAbsolutePath();
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"Apache Derby".equals(product)) {
                throw new BusinessRuleException("CareLearn backs up only its embedded Derby database; this one is "
                        + product + ", which its own tools back up (pg_dump: README, \"Backup and restore\")");
            }
            if (Files.exists(target)) {
                throw new BusinessRuleException("A backup folder " + target + " exists already; try again");
            }
            Files.createDirectories(target);
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
            Path database;
            try (Stream<Path> made = Files.list(target)) {
                database = made.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Derby's backup left no database in " + target));
            }
            return new Backup(target, database, size(database), Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be backed up into " + target, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder " + target + " could not be made", e);
        }
    }

    /** Tells the audit trail (which records in the caller's transaction) that {@code actor} took this backup. */
    @Transactional
    public void announce(Actor actor, Backup backup) {
        backedUp.fire(new DatabaseBackedUp(actor, backup.folder().toString(), backup.bytes()));
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
