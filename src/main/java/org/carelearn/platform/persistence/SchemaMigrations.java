package org.carelearn.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs the schema migrations when the application starts, before any other start-up work
 * (observers of {@link Startup} with a later priority, such as the demo data, see the new schema).
 */
@ApplicationScoped
public class SchemaMigrations {

    /** Start-up observers that need the schema use a priority after this one. */
    public static final int PRIORITY = 100;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    void migrateOnStartup(@Observes @Priority(PRIORITY) Startup startup) {
        try (Connection connection = dataSource.getConnection()) {
            new SchemaMigrator(SchemaMigrations.class.getClassLoader()).migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the CareLearn database to check its schema", e);
        }
    }
}
