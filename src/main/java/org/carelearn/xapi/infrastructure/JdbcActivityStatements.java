package org.carelearn.xapi.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.ActivityStatements;
import org.carelearn.xapi.domain.Hashes;

/**
 * Reads the statements about an activity through the activity index the statement store keeps
 * (XAPI_STATEMENT_ACTIVITY). A hash collision only adds statements that do not mention the activity, which
 * {@link org.carelearn.xapi.domain.ActivityDefinitions} then finds nothing in.
 */
@ApplicationScoped
public class JdbcActivityStatements implements ActivityStatements {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public List<JsonObject> latestAbout(String activityId, int max) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT s.STATEMENT_JSON FROM XAPI_STATEMENT s"
                        + " JOIN XAPI_STATEMENT_ACTIVITY c ON c.STATEMENT_PK = s.ID WHERE c.ACTIVITY_HASH = ?"
                        + " ORDER BY s.ID DESC FETCH FIRST " + max + " ROWS ONLY")) {
            select.setLong(1, Hashes.of(activityId));
            List<JsonObject> statements = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try (JsonReader reader = Json.createReader(new StringReader(rows.getString(1)))) {
                        statements.add(reader.readObject());
                    }
                }
            }
            Collections.reverse(statements);
            return statements;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the statements about an activity", e);
        }
    }
}
