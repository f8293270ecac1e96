package org.carelearn.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Brings a database up to the schema this release expects, one numbered script at a time.
 *
 * <p>Scripts live in {@code db/<vendor>/} on the class path and are listed, in order, in that folder's
 * {@code index.txt}; a script's number is its version. Each script runs in its own transaction together
 * with its row in {@code SCHEMA_VERSION}, so a failing script leaves the database at the previous version.
 * An applied script must never change: its checksum is recorded and checked on every start, because a
 * database upgraded by one text and described by another is how data gets lost.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final ClassLoader resources;

    public SchemaMigrator(ClassLoader resources) {
        this.resources = resources;
    }

    /** Applies the scripts the database has not seen yet; returns the versions applied now. */
    public List<Integer> migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String vendor = vendorOf(connection);
            ensureVersionTable(connection);
            Map<Integer, String> applied = appliedChecksums(connection);
            List<Integer> appliedNow = new ArrayList<>();
            for (MigrationScript script : scripts(vendor)) {
                String recorded = applied.get(script.version());
                if (recorded != null) {
                    if (!recorded.equals(script.checksum())) {
                        throw new IllegalStateException("Schema script " + script.name()
                                + " was changed after it was applied to this database; restore the original text"
                                + " and add the change as a new script");
                    }
                    continue;
                }
                apply(connection, script);
                appliedNow.add(script.version());
                LOG.info(() -> "Applied schema version " + script.version() + " (" + script.name() + ")");
            }
            return appliedNow;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String vendorOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return "derby";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("No schema scripts for database " + product);
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        // Unquoted names are stored upper-case by Derby and lower-case by PostgreSQL; look in the
        // connection's own schema, so a table of that name elsewhere on the server does not count.
        DatabaseMetaData metaData = connection.getMetaData();
        String table = metaData.storesLowerCaseIdentifiers() ? "schema_version" : "SCHEMA_VERSION";
        try (ResultSet tables = metaData.getTables(null, connection.getSchema(), table, null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY,"
                    + " SCRIPT VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        }
        connection.commit();
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT VERSION, CHECKSUM FROM SCHEMA_VERSION")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private static void apply(Connection connection, MigrationScript script) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            for (String sql : script.statements()) {
                ddl.execute(sql);
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO SCHEMA_VERSION (VERSION, SCRIPT, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                record.setInt(1, script.version());
                record.setString(2, script.name());
                record.setString(3, script.checksum());
                record.setTimestamp(4, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new IllegalStateException("Schema script " + script.name() + " failed: " + e.getMessage(), e);
        }
    }

    List<MigrationScript> scripts(String vendor) {
        String folder = "db/" + vendor + "/";
        String index = read(folder + "index.txt");
        List<MigrationScript> scripts = new ArrayList<>();
        int previous = 0;
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            MigrationScript script = MigrationScript.of(name, read(folder + name));
            if (script.version() <= previous) {
                throw new IllegalStateException("Schema scripts out of order in " + folder + "index.txt at " + name);
            }
            previous = script.version();
            scripts.add(script);
        }
        return scripts;
    }

    private String read(String resource) {
        try (InputStream in = resources.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read schema resource " + resource, e);
        }
    }

    /** One numbered script: {@code V<number>__<description>.sql}. */
    record MigrationScript(int version, String name, List<String> statements, String checksum) {

        static MigrationScript of(String name, String text) {
            if (!name.matches("V\\d+__[A-Za-z0-9_]+\\.sql")) {
                throw new IllegalStateException("Schema script name must look like V001__what_it_does.sql: " + name);
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            return new MigrationScript(version, name, split(text), sha256(text));
        }

        /** Splits on semicolons that end a line; comment lines are dropped. Scripts hold no procedures. */
        static List<String> split(String text) {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                if (trimmed.endsWith(";")) {
                    current.append(trimmed, 0, trimmed.length() - 1);
                    statements.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(trimmed).append('\n');
                }
            }
            if (!current.toString().isBlank()) {
                throw new IllegalStateException("Schema script ends without a semicolon");
            }
            return statements;
        }

        private static String sha256(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
