package org.carelearn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real migrator on a real (in-memory) Derby, with the real scripts and with scripts of its own. */
class SchemaMigratorTest {

    @TempDir
    Path scripts;

    private Connection connection;

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:derby:memory:migrator-" + UUID.randomUUID() + ";create=true");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        connection.close();
    }

    @Test
    void theProductScriptsApplyOnceAndCreateTheTables() throws SQLException {
        SchemaMigrator migrator = new SchemaMigrator(getClass().getClassLoader());
        List<Integer> all = migrator.scripts("derby").stream().map(SchemaMigrator.MigrationScript::version).toList();
        assertEquals(1, all.get(0));
        assertEquals(all, migrator.migrate(connection));
        assertEquals(List.of(), migrator.migrate(connection), "a second start applies nothing");
        for (String table : List.of("STAFF_MEMBER", "ACCOUNT", "ACCOUNT_ROLE", "AUDIT_EVENT", "DEPARTMENT", "JOB_ROLE",
                "XAPI_STATEMENT", "XAPI_CLIENT")) {
            try (ResultSet found = connection.getMetaData().getTables(null, null, table, null)) {
                assertTrue(found.next(), table);
            }
        }
    }

    @Test
    void everyDerbyScriptHasItsPostgreSqlPortUnderTheSameName() {
        SchemaMigrator migrator = new SchemaMigrator(getClass().getClassLoader());
        assertEquals(migrator.scripts("derby").stream().map(SchemaMigrator.MigrationScript::name).toList(),
                migrator.scripts("postgresql").stream().map(SchemaMigrator.MigrationScript::name).toList(),
                "db/postgresql/index.txt lists the port of every db/derby script, in the same order"
                        + " (porting rules at the top of db/postgresql/index.txt)");
    }

    @Test
    void aLaterScriptUpgradesAnExistingDatabaseWithoutLosingData() throws Exception {
        write("index.txt", "V001__first.sql\n");
        write("V001__first.sql", "CREATE TABLE NOTE (ID INT NOT NULL PRIMARY KEY, TEXT VARCHAR(20));\n");
        new SchemaMigrator(loader()).migrate(connection);
        connection.createStatement().execute("INSERT INTO NOTE VALUES (1, 'kept')");

        write("index.txt", "V001__first.sql\nV002__second.sql\n");
        write("V002__second.sql", "-- a new column with a default\nALTER TABLE NOTE ADD COLUMN SEEN BOOLEAN"
                + " NOT NULL DEFAULT FALSE;\n");
        assertEquals(List.of(2), new SchemaMigrator(loader()).migrate(connection));
        try (ResultSet row = connection.createStatement().executeQuery("SELECT TEXT, SEEN FROM NOTE")) {
            assertTrue(row.next());
            assertEquals("kept", row.getString(1));
        }
    }

    @Test
    void aFailingScriptLeavesTheDatabaseAtThePreviousVersion() throws Exception {
        write("index.txt", "V001__first.sql\nV002__broken.sql\n");
        write("V001__first.sql", "CREATE TABLE NOTE (ID INT NOT NULL PRIMARY KEY);\n");
        write("V002__broken.sql", "CREATE TABLE OTHER (ID INT);\nTHIS IS NOT SQL;\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SchemaMigrator(loader()).migrate(connection));
        assertTrue(e.getMessage().startsWith("Schema script V002__broken.sql failed"), e.getMessage());
        try (ResultSet other = connection.getMetaData().getTables(null, null, "OTHER", null)) {
            assertTrue(!other.next(), "the first statement of the failed script was rolled back");
        }
        try (ResultSet version = connection.createStatement().executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
            version.next();
            assertEquals(1, version.getInt(1));
        }
    }

    @Test
    void anAppliedScriptThatWasEditedStopsTheStart() throws Exception {
        write("index.txt", "V001__first.sql\n");
        write("V001__first.sql", "CREATE TABLE NOTE (ID INT NOT NULL PRIMARY KEY);\n");
        new SchemaMigrator(loader()).migrate(connection);
        write("V001__first.sql", "CREATE TABLE NOTE (ID BIGINT NOT NULL PRIMARY KEY);\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SchemaMigrator(loader()).migrate(connection));
        assertTrue(e.getMessage().contains("was changed after it was applied"), e.getMessage());
    }

    private void write(String name, String text) throws IOException {
        Path folder = Files.createDirectories(scripts.resolve("db/derby"));
        Files.writeString(folder.resolve(name), text);
    }

    /** A fresh loader each time, so that no cached resource hides an edited script. */
    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {scripts.toUri().toURL()}, null);
    }
}
