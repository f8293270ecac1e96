package org.carelearn.xapi.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.statement.ActivityStatements;
import org.carelearn.xapi.domain.statement.Hashes;

/**
 * Reads the statements about an activity through the activity index the statement store keeps
 * (XAPI_STATEMENT_ACTIVITY). A hash collision only adds statements that do not mention the activity, which
 * {@link org.carelearn.xapi.domain.statement.ActivityDefinitions} then finds nothing in.
 */
@ApplicationScoped
public class JdbcActivityStatements implements ActivityStatements {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public List<JsonObject> latestAbout(String activityId, int max) {
        // newest first straight off the activity index (ACTIVITY_HASH, STATEMENT_PK DESC, ...): no sort, and
        // only as many index rows as it takes to find max statements (one statement can mention the
        // activity in several relations)
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT STATEMENT_PK FROM"
                        + " XAPI_STATEMENT_ACTIVITY WHERE ACTIVITY_HASH = ? ORDER BY STATEMENT_PK DESC")) {
            select.setLong(1, Hashes.of(activityId));
            Set<Long> positions = new LinkedHashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (positions.size() < max && rows.next()) {
                    positions.add(rows.getLong(1));
                }
            }
            List<Long> oldestFirst = new ArrayList<>(positions);
            Collections.reverse(oldestFirst);
            return StatementDocuments.inOrder(connection, oldestFirst);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the statements about an activity", e);
        }
    }
}
