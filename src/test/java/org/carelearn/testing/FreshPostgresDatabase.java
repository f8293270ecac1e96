package org.carelearn.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the tests' PostgreSQL database before a {@code -Ppostgresql} run, as the Derby run deletes
 * {@code target/it-data}: every object the test role owns in that database goes, so the server that starts next
 * migrates an empty schema and loads the demo hospital. Run by the build (exec-maven-plugin, pom.xml's postgresql
 * profile) with the database's address, user and password.
 *
 * <p>It refuses a database whose name does not end in {@code _it} or {@code _test}: a wrong address must not
 * cost a hospital its records.
 */
public final class FreshPostgresDatabase {

    private FreshPostgresDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: FreshPostgresDatabase <jdbc url> <user> <password>");
        }
        empty(args[0], args[1], args[2]);
    }

    /** Drops everything {@code user} owns in the database at {@code url}. */
    public static void empty(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            String database = connection.getCatalog();
            if (!database.endsWith("_it") && !database.endsWith("_test")) {
                throw new IllegalStateException("Refusing to empty database " + database + " at " + url
                        + ": the tests' database must be named *_it or *_test");
            }
            // DROP OWNED: the role's tables, sequences and indexes in this database (PostgreSQL 15 docs, "DROP OWNED")
            statement.execute("DROP OWNED BY CURRENT_USER CASCADE");
            System.out.println("Emptied PostgreSQL database " + database + " for the integration tests");
        } catch (SQLException e) {
            throw new SQLException("Cannot reach the tests' PostgreSQL at " + url + " as " + user
                    + " (README, \"Test it\": start PostgreSQL and create the role and database first): "
                    + e.getMessage(), e.getSQLState(), e);
        }
    }
}
