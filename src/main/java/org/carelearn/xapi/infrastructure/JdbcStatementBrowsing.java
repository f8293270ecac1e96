package org.carelearn.xapi.infrastructure;

import static org.carelearn.xapi.infrastructure.JdbcStatementRepository.ACTOR_OR_OBJECT;
import static org.carelearn.xapi.infrastructure.JdbcStatementRepository.RELATED;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.statement.Hashes;
import org.carelearn.xapi.domain.statement.StatementBrowsing;
import org.carelearn.xapi.domain.statement.StatementQuery;

/**
 * The admins' statement browser in SQL: pages by offset, newest first, and their count, voided statements
 * included, read from the rows {@link JdbcStatementRepository} writes.
 */
@ApplicationScoped
public class JdbcStatementBrowsing implements StatementBrowsing {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public List<JsonObject> browse(StatementQuery query, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = browseWhere(query, parameters);
        // the page's positions first (an index scan), then the JSON of those rows only: the rows skipped by
        // OFFSET are never read from the table
        String sql = "SELECT s.ID FROM XAPI_STATEMENT s WHERE 1 = 1" + where
                + " ORDER BY s.ID DESC OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + max + " ROWS ONLY";
        try (Connection connection = dataSource.getConnection()) {
            List<Long> positions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bind(select, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        positions.add(rows.getLong(1));
                    }
                }
            }
            return StatementDocuments.inOrder(connection, positions);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot browse statements", e);
        }
    }

    @Override
    public long count(StatementQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = browseWhere(query, parameters);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COUNT(*) FROM XAPI_STATEMENT s WHERE 1 = 1" + where)) {
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count statements", e);
        }
    }

    /** The direct filter and the time window, voided statements included: what an admin browses. */
    private static String browseWhere(StatementQuery query, List<Object> parameters) {
        List<Object> filterParameters = new ArrayList<>();
        String filter = filter("s", query, filterParameters);
        return filter + window(query, parameters, filterParameters);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** The filter parameters as conditions on the statement aliased {@code a}; empty when there are none. */
    private static String filter(String a, StatementQuery query, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (query.agentKey() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM XAPI_STATEMENT_AGENT ag WHERE ag.STATEMENT_PK = ").append(a)
                    .append(".ID AND ag.AGENT_HASH = ? AND ag.RELATION <= ?)");
            parameters.add(Hashes.of(query.agentKey()));
            parameters.add(query.relatedAgents() ? RELATED : ACTOR_OR_OBJECT);
        }
        if (query.activityId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM XAPI_STATEMENT_ACTIVITY ac WHERE ac.STATEMENT_PK = ").append(a)
                    .append(".ID AND ac.ACTIVITY_HASH = ? AND ac.RELATION <= ?)");
            parameters.add(Hashes.of(query.activityId()));
            parameters.add(query.relatedActivities() ? RELATED : ACTOR_OR_OBJECT);
        }
        if (query.verbId() != null) {
            sql.append(" AND ").append(a).append(".VERB_HASH = ? AND ").append(a).append(".VERB_ID = ?");
            parameters.add(Hashes.of(query.verbId()));
            parameters.add(query.verbId());
        }
        if (query.registration() != null) {
            sql.append(" AND ").append(a).append(".REGISTRATION = ?");
            parameters.add(query.registration());
        }
        return sql.toString();
    }

    /** since, until and the page cursor, on the returned statement; appends the filter's parameters first. */
    private static String window(StatementQuery query, List<Object> parameters, List<Object> filterParameters) {
        parameters.addAll(filterParameters);
        StringBuilder sql = new StringBuilder();
        JdbcStatementQueries.stored(query, sql, parameters);
        if (query.after() > 0) {
            sql.append(query.ascending() ? " AND s.ID > ?" : " AND s.ID < ?");
            parameters.add(query.after());
        }
        return sql.toString();
    }
}
