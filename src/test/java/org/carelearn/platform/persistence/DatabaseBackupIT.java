package org.carelearn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The backup drill of README "Backup and restore", on the embedded Derby database: back up while CareLearn runs,
 * add data, restore the backup, and everything from before the backup is there and nothing from after it. The
 * restore is the README's: the backup's database folder copied to where the database lives, opened here with
 * Derby's embedded driver as the server opens it when it starts on the restored copy.
 */
class DatabaseBackupIT extends DeployedCareLearn {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("carelearn.it.database"));

    private final String run = UUID.randomUUID().toString();

    @Test
    void aRestoredBackupHoldsWhatCameBeforeItAndNothingAfter() throws Exception {
        Assumptions.assumeFalse(POSTGRESQL, "PostgreSQL is backed up with pg_dump");
        Lrs lrs = new Lrs(base);
        String before = post(lrs, "before");
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);

        HttpResponse<String> response = admin.post("api/admin/database-backups", "application/json", "");
        assertEquals(201, response.statusCode(), response.body());
        JsonObject backup = Json.object(response.body());
        Path database = Path.of(backup.getString("database"));
        assertTrue(Files.isDirectory(database), "the backup's database folder " + database);
        assertTrue(backup.getJsonNumber("bytes").longValue() > 0);

        String after = post(lrs, "after");
        assertEquals(200, lrs.send("GET", "statements?statementId=" + after, null, (String) null).statusCode(),
                "the live database has the later statement");

        Path restored = Files.createTempDirectory("carelearn-restore-").resolve("carelearn");
        copy(database, restored);
        String url = "jdbc:derby:" + restored;
        // as the server's CareLearnDS signs in (wildfly-config/carelearn.cli): its tables are in that user's schema
        try (Connection connection = DriverManager.getConnection(url, "carelearn", "carelearn")) {
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM XAPI_STATEMENT WHERE STATEMENT_ID = ?", before),
                    "the statement stored before the backup is in the restored database");
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM XAPI_STATEMENT WHERE STATEMENT_ID = ?", after),
                    "the statement stored after the backup is not");
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM ACCOUNT WHERE USERNAME = ?",
                    DemoAccounts.ADMIN.username), "the demo hospital's accounts are there");
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM SCHEMA_VERSION WHERE VERSION = ?", "18"),
                    "the schema is the running server's");
        } finally {
            shutDown(url);
        }

        HttpResponse<String> audit = admin.getJson("api/admin/audit?action=DATABASE_BACKED_UP");
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().contains(database.getParent().getFileName().toString()),
                "the audit trail names the backup: " + audit.body());
    }

    @Test
    void onPostgresqlTheAdminIsToldToUsePgDump() {
        Assumptions.assumeTrue(POSTGRESQL);
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        HttpResponse<String> response = admin.post("api/admin/database-backups", "application/json", "");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("pg_dump"), response.body());
    }

    @Test
    void onlyAnAdminMayBackUp() {
        WebClient learner = WebClient.signedIn(base, DemoAccounts.LEARNER);
        assertEquals(403, learner.post("api/admin/database-backups", "application/json", "").statusCode());
    }

    private String post(Lrs lrs, String when) {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> response = lrs.send("PUT", "statements?statementId=" + id, "application/json", """
                {"actor": {"mbox": "mailto:backup.drill.%s@lindenridge.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
                 "object": {"id": "https://carelearn.example/activities/backup-drill/%s"}}""".formatted(run, when));
        assertEquals(204, response.statusCode(), response.body());
        return id;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static long count(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (sql.contains("VERSION = ?")) {
                select.setInt(1, Integer.parseInt(value));
            } else {
                select.setString(1, value);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with SQLState 08006 (Derby Reference Manual, "shutdown=true attribute")
        }
    }
}
