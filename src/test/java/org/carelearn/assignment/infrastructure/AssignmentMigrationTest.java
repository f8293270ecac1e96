package org.carelearn.assignment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carelearn.platform.persistence.SchemaMigrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V011 on a database from before assignment rules: each required enrolment becomes a rule for its one person,
 * due on the day it was due, with its assignment; optional enrolments stay enrolments only; ENROLMENT loses the
 * columns that were assignment's.
 */
class AssignmentMigrationTest {

    private static final String FOLDER = "db/derby/";

    @TempDir
    Path scripts;

    private Connection connection;

    @BeforeEach
    void openDatabase() throws Exception {
        connection = DriverManager.getConnection("jdbc:derby:memory:assign-" + UUID.randomUUID() + ";create=true");
    }

    @AfterEach
    void closeDatabase() throws Exception {
        connection.close();
    }

    @Test
    void requiredEnrolmentsBecomeOneRuleEachForTheirPersonDueWhenTheyWereDue() throws Exception {
        List<String> product = productScripts();
        migrateWith(product.subList(0, product.indexOf("V011__assignment.sql")));
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO LEARNER VALUES ('LR3002', '6f1c1f7e-0000-4000-8000-000000000001', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO COURSE VALUES (1, 'https://carelearn.example/courses/empathy', 'Empathy', 1, 1,"
                    + " 'OFFERED')");
            sql.execute("INSERT INTO COURSE_VERSION VALUES (10, 1, 1, 'Empathy', 'd', '<x/>', 'CMI5', NULL,"
                    + " CURRENT_TIMESTAMP, 'system', '" + "0".repeat(64) + "', 1, 1)");
            sql.execute("INSERT INTO ENROLMENT (ID, EMPLOYEE_ID, COURSE_IRI, COURSE_VERSION_ID, COURSE_TITLE, REGISTRATION,"
                    + " REQUIREMENT, DUE_ON, REASON, ENROLLED_AT, ENROLLED_BY, STATUS, PROGRESS, VERSION) VALUES"
                    + " (50, 'LR3002', 'https://carelearn.example/courses/empathy', 10, 'Empathy',"
                    + " 'a0000000-0000-4000-8000-000000000050', 'REQUIRED', DATE('2026-07-01'), 'Core training',"
                    + " TIMESTAMP('2026-06-01 09:30:00'), 'admin', 'NOT_STARTED', 0, 1),"
                    + " (51, 'LR3002', 'https://carelearn.example/courses/empathy', 10, 'Empathy',"
                    + " 'a0000000-0000-4000-8000-000000000051', 'OPTIONAL', NULL, 'Chosen from the catalog',"
                    + " TIMESTAMP('2026-05-01 09:30:00'), 'learner', 'COMPLETED', 100, 1)");
        }

        migrateWith(product);

        try (ResultSet rule = connection.createStatement().executeQuery("SELECT ID, NAME, COURSE_IRI, TARGET_KIND,"
                + " TARGET_EMPLOYEE_ID, DUE_KIND, DUE_DATE, CREATED_BY, ENDED_AT FROM ASSIGNMENT_RULE")) {
            assertTrue(rule.next());
            assertEquals(-50, rule.getLong(1));
            assertEquals("Core training", rule.getString(2));
            assertEquals("https://carelearn.example/courses/empathy", rule.getString(3));
            assertEquals("PERSON", rule.getString(4));
            assertEquals("LR3002", rule.getString(5));
            assertEquals("FIXED_DATE", rule.getString(6));
            assertEquals("2026-07-01", rule.getDate(7).toString());
            assertEquals("admin", rule.getString(8));
            assertEquals(null, rule.getTimestamp(9));
            assertFalse(rule.next(), "the optional enrolment makes no rule");
        }
        try (ResultSet held = connection.createStatement().executeQuery("SELECT RULE_ID, EMPLOYEE_ID, REACHED_ON, DUE_ON,"
                + " ENDED_AT FROM ASSIGNMENT")) {
            assertTrue(held.next());
            assertEquals(-50, held.getLong(1));
            assertEquals("LR3002", held.getString(2));
            assertEquals("2026-06-01", held.getDate(3).toString());
            assertEquals("2026-07-01", held.getDate(4).toString());
            assertFalse(held.next());
        }
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, "ENROLMENT", "%")) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME"));
            }
            assertTrue(names.contains("STATUS"), names.toString());
            assertFalse(names.contains("REQUIREMENT") || names.contains("DUE_ON") || names.contains("REASON"),
                    names.toString());
        }
        try (ResultSet next = connection.createStatement().executeQuery("VALUES NEXT VALUE FOR ASSIGNMENT_RULE_SEQ")) {
            next.next();
            assertEquals(50, next.getLong(1), "new rules count up from 50, clear of the migrated ones");
        }
    }

    private static List<String> productScripts() throws IOException {
        try (InputStream index = AssignmentMigrationTest.class.getClassLoader()
                .getResourceAsStream(FOLDER + "index.txt")) {
            return new String(index.readAllBytes()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** Migrates with the product's own scripts, as far as the given list goes. */
    private void migrateWith(List<String> names) throws Exception {
        Path folder = Files.createDirectories(scripts.resolve(FOLDER));
        for (String name : names) {
            try (InputStream script = getClass().getClassLoader().getResourceAsStream(FOLDER + name)) {
                Files.write(folder.resolve(name), script.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("index.txt"), String.join("\n", names) + "\n");
        new SchemaMigrator(new URLClassLoader(new URL[] {scripts.toUri().toURL()}, null)).migrate(connection);
    }
}
