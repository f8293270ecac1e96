package org.carelearn.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real migrator with the real scripts on an in-memory Derby and on the tests' PostgreSQL (in a schema of its
 * own, dropped afterwards): both must end with the same tables, columns (type, length, nullability), primary
 * keys, named indexes and sequences. This is what keeps db/postgresql/ an exact port of db/derby/.
 *
 * <p>Run by {@code mvn verify -Ppostgresql} only (it needs {@code carelearn.it.pg.url}, user and password).
 */
class SchemaParityIT {

    private static final String SCHEMA = "schema_parity";

    private Connection derby;
    private Connection postgres;

    @BeforeEach
    void openDatabases() throws SQLException {
        derby = DriverManager.getConnection("jdbc:derby:memory:parity-" + UUID.randomUUID() + ";create=true");
        postgres = DriverManager.getConnection(System.getProperty("carelearn.it.pg.url"),
                System.getProperty("carelearn.it.pg.user"), System.getProperty("carelearn.it.pg.password"));
        try (Statement ddl = postgres.createStatement()) {
            ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            ddl.execute("CREATE SCHEMA " + SCHEMA);
        }
        postgres.setSchema(SCHEMA);
    }

    @AfterEach
    void closeDatabases() throws SQLException {
        derby.close();
        try (Statement ddl = postgres.createStatement()) {
            ddl.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
        postgres.close();
    }

    @Test
    void bothDatabasesMigrateToTheSameSchema() throws SQLException {
        SchemaMigrator migrator = new SchemaMigrator(getClass().getClassLoader());
        assertEquals(migrator.scripts("derby").stream().map(SchemaMigrator.MigrationScript::version).toList(),
                migrator.scripts("postgresql").stream().map(SchemaMigrator.MigrationScript::version).toList(),
                "db/derby and db/postgresql list the same versions");
        migrator.migrate(derby);
        migrator.migrate(postgres);

        Schema onDerby = Schema.read(derby, derby.getSchema());
        Schema onPostgres = Schema.read(postgres, SCHEMA);
        // what was read is the real schema, not two empty ones: a few known columns and indexes, as expected
        assertEquals("text not null", onPostgres.tables().get("XAPI_STATEMENT").get("STATEMENT_JSON"));
        assertEquals("bytes not null", onPostgres.tables().get("COURSE_FILE").get("CONTENT"));
        assertEquals("boolean not null", onPostgres.tables().get("ACCOUNT").get("ACTIVE"));
        assertEquals("char(36)", onPostgres.tables().get("XAPI_STATEMENT").get("REGISTRATION"));
        assertEquals("ID DESC",
                onPostgres.indexes().get("XAPI_STATEMENT.XAPI_STATEMENT_NEWEST_IX"));
        assertEquals(onDerby.tables().keySet(), onPostgres.tables().keySet(), "tables");
        for (String table : onDerby.tables().keySet()) {
            assertEquals(onDerby.tables().get(table), onPostgres.tables().get(table), "columns of " + table);
        }
        assertEquals(onDerby.primaryKeys(), onPostgres.primaryKeys(), "primary keys");
        assertEquals(onDerby.indexes(), onPostgres.indexes(), "indexes created by name (CREATE INDEX)");
        assertEquals(sequences(derby, "SELECT SEQUENCENAME, CAST(STARTVALUE AS BIGINT), CAST(INCREMENT AS BIGINT)"
                + " FROM SYS.SYSSEQUENCES"), sequences(postgres, "SELECT sequence_name, CAST(start_value AS BIGINT),"
                + " CAST(increment AS BIGINT) FROM information_schema.sequences WHERE sequence_schema = '" + SCHEMA
                + "'"), "sequences (name, start, increment)");
    }

    private static Set<String> sequences(Connection connection, String sql) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1).toUpperCase(Locale.ROOT) + " start " + rows.getLong(2) + " by "
                        + rows.getLong(3));
            }
        }
        return found;
    }

    /** What the metadata says, with names upper-cased and types reduced to what both databases share. */
    private record Schema(Map<String, Map<String, String>> tables, Map<String, String> primaryKeys,
            Map<String, String> indexes) {

        static Schema read(Connection connection, String schema) throws SQLException {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Map<String, String>> tables = new TreeMap<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.put(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT), new TreeMap<>());
                }
            }
            try (ResultSet rows = meta.getColumns(null, schema, "%", "%")) {
                while (rows.next()) {
                    Map<String, String> columns = tables.get(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                    if (columns != null) {
                        columns.put(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), describe(rows));
                    }
                }
            }
            Map<String, String> primaryKeys = new TreeMap<>();
            Map<String, String> indexes = new TreeMap<>();
            for (String table : tables.keySet()) {
                String name = stored(meta, table);
                try (ResultSet rows = meta.getPrimaryKeys(null, schema, name)) {
                    Map<Integer, String> columns = new TreeMap<>();
                    while (rows.next()) {
                        columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                    primaryKeys.put(table, String.join(", ", columns.values()));
                }
                try (ResultSet rows = meta.getIndexInfo(null, schema, name, false, false)) {
                    while (rows.next()) {
                        String index = rows.getString("INDEX_NAME");
                        if (index == null || !named(index, table)) {
                            continue;
                        }
                        String column = rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)
                                + ("D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : "");
                        String key = table + "." + index.toUpperCase(Locale.ROOT)
                                + (rows.getBoolean("NON_UNIQUE") ? "" : " UNIQUE");
                        indexes.merge(key, column, (a, b) -> a + ", " + b);
                    }
                }
            }
            return new Schema(tables, primaryKeys, indexes);
        }

        private static String stored(DatabaseMetaData meta, String table) throws SQLException {
            return meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        }

        /**
         * Indexes the scripts create by name. Derby names the indexes behind constraints SQL..., PostgreSQL
         * after the constraint (or table_pkey); the constraints themselves are compared as keys and columns.
         */
        private static boolean named(String index, String table) {
            String upper = index.toUpperCase(Locale.ROOT);
            return !upper.startsWith("SQL") && !upper.endsWith("_PKEY") && !upper.endsWith("_UQ")
                    && !upper.endsWith("_PK");
        }

        private static String describe(ResultSet column) throws SQLException {
            int type = column.getInt("DATA_TYPE");
            String typeName = column.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
            String family = switch (type) {
                case Types.CLOB -> "text";
                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> "bytes";
                case Types.BOOLEAN, Types.BIT -> "boolean";
                case Types.CHAR -> "char(" + column.getInt("COLUMN_SIZE") + ")";
                // PostgreSQL's text is VARCHAR to JDBC, without a length
                case Types.VARCHAR -> typeName.equals("text") ? "text" : "varchar(" + column.getInt("COLUMN_SIZE") + ")";
                // Derby's DECIMAL is PostgreSQL's NUMERIC: the same exact number, compared by precision and scale
                case Types.DECIMAL, Types.NUMERIC -> "decimal(" + column.getInt("COLUMN_SIZE") + ","
                        + column.getInt("DECIMAL_DIGITS") + ")";
                case Types.SMALLINT -> "smallint";
                case Types.INTEGER -> "integer";
                case Types.BIGINT -> "bigint";
                case Types.DATE -> "date";
                case Types.TIMESTAMP -> "timestamp";
                default -> typeName + " (JDBC type " + type + ")";
            };
            boolean nullable = column.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
            return family + (nullable ? "" : " not null");
        }
    }
}
