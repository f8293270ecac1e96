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
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.Hashes;
import org.carelearn.xapi.domain.StatementPage;
import org.carelearn.xapi.domain.StatementQuery;
import org.carelearn.xapi.domain.StatementRepository;
import org.carelearn.xapi.domain.StoredStatement;

/**
 * Statements in Derby through the container's JTA datasource, so that they commit with the caller's
 * transaction. Plain JDBC rather than JPA: a statement is a JSON document with index columns, there is
 * no object graph to map, and the write path is the LRS's busiest.
 */
@ApplicationScoped
public class JdbcStatementRepository implements StatementRepository {

    private static final int ACTOR_OR_OBJECT = 0;
    private static final int RELATED = 1;
    /** Derby and PostgreSQL both take IN lists of this size comfortably. */
    private static final int CHUNK = 200;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public void add(List<StoredStatement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            long first = reservePositions(connection, statements.size());
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO XAPI_STATEMENT (ID, STATEMENT_ID,"
                    + " STORED, VERB_HASH, VERB_ID, REGISTRATION, VOIDED, VOIDS, STATEMENT_JSON)"
                    + " VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)");
                    PreparedStatement agent = connection.prepareStatement(
                            "INSERT INTO XAPI_STATEMENT_AGENT (STATEMENT_PK, AGENT_HASH, RELATION) VALUES (?, ?, ?)");
                    PreparedStatement activity = connection.prepareStatement(
                            "INSERT INTO XAPI_STATEMENT_ACTIVITY (STATEMENT_PK, ACTIVITY_HASH, RELATION) VALUES (?, ?, ?)")) {
                long position = first;
                for (StoredStatement s : statements) {
                    statement.setLong(1, position);
                    statement.setString(2, s.id());
                    statement.setTimestamp(3, Timestamp.from(s.stored()));
                    statement.setLong(4, Hashes.of(s.verbId()));
                    statement.setString(5, s.verbId());
                    statement.setString(6, s.registration());
                    statement.setString(7, s.voids());
                    statement.setString(8, s.json().toString());
                    statement.addBatch();
                    addLinks(agent, position, s.actorOrObjectAgents(), s.relatedAgents());
                    addLinks(activity, position, s.objectActivity() == null ? List.of() : List.of(s.objectActivity()),
                            s.relatedActivities());
                    position++;
                }
                statement.executeBatch();
                agent.executeBatch();
                activity.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store statements", e);
        }
    }

    /** Locks the position row until the transaction ends and takes {@code count} positions from it. */
    private static long reservePositions(Connection connection, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE XAPI_POSITION SET NEXT_POSITION = NEXT_POSITION + ? WHERE ONLY_ROW = 1")) {
            update.setInt(1, count);
            update.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NEXT_POSITION FROM XAPI_POSITION WHERE ONLY_ROW = 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1) - count;
        }
    }

    /** One row per distinct key, with the closest relation (actor/object before related). */
    private static void addLinks(PreparedStatement insert, long position, Collection<String> primary,
            Collection<String> related) throws SQLException {
        Map<Long, Integer> relation = new LinkedHashMap<>();
        primary.forEach(key -> relation.put(Hashes.of(key), ACTOR_OR_OBJECT));
        related.forEach(key -> relation.putIfAbsent(Hashes.of(key), RELATED));
        for (Map.Entry<Long, Integer> link : relation.entrySet()) {
            insert.setLong(1, position);
            insert.setLong(2, link.getKey());
            insert.setInt(3, link.getValue());
            insert.addBatch();
        }
    }

    @Override
    public Map<String, JsonObject> findExisting(Collection<String> ids) {
        Map<String, JsonObject> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT STATEMENT_ID, STATEMENT_JSON FROM XAPI_STATEMENT WHERE STATEMENT_ID IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1).strip(), parse(rows.getString(2)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read statements", e);
        }
        return found;
    }

    @Override
    public Optional<Found> find(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT STATEMENT_JSON, VOIDED FROM XAPI_STATEMENT WHERE STATEMENT_ID = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Found(parse(row.getString(1)), row.getBoolean(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a statement", e);
        }
    }

    @Override
    public void markVoided(Collection<String> ids) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE XAPI_STATEMENT SET VOIDED = TRUE WHERE STATEMENT_ID = ?")) {
            for (String id : ids) {
                update.setString(1, id);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot void statements", e);
        }
    }

    @Override
    public StatementPage query(StatementQuery query, int maxLimit) {
        int limit = query.limit() <= 0 || query.limit() > maxLimit ? maxLimit : query.limit();
        StringBuilder sql = new StringBuilder("SELECT s.ID, s.STATEMENT_JSON FROM XAPI_STATEMENT s");
        List<Object> parameters = new ArrayList<>();
        if (query.agentKey() != null) {
            sql.append(" JOIN XAPI_STATEMENT_AGENT a ON a.STATEMENT_PK = s.ID AND a.AGENT_HASH = ? AND a.RELATION <= ?");
            parameters.add(Hashes.of(query.agentKey()));
            parameters.add(query.relatedAgents() ? RELATED : ACTOR_OR_OBJECT);
        }
        if (query.activityId() != null) {
            sql.append(" JOIN XAPI_STATEMENT_ACTIVITY c ON c.STATEMENT_PK = s.ID AND c.ACTIVITY_HASH = ?"
                    + " AND c.RELATION <= ?");
            parameters.add(Hashes.of(query.activityId()));
            parameters.add(query.relatedActivities() ? RELATED : ACTOR_OR_OBJECT);
        }
        sql.append(" WHERE s.VOIDED = FALSE");
        if (query.verbId() != null) {
            sql.append(" AND s.VERB_HASH = ? AND s.VERB_ID = ?");
            parameters.add(Hashes.of(query.verbId()));
            parameters.add(query.verbId());
        }
        if (query.registration() != null) {
            sql.append(" AND s.REGISTRATION = ?");
            parameters.add(query.registration());
        }
        if (query.since() != null) {
            sql.append(" AND s.STORED > ?");
            parameters.add(Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND s.STORED <= ?");
            parameters.add(Timestamp.from(query.until()));
        }
        if (query.after() > 0) {
            sql.append(query.ascending() ? " AND s.ID > ?" : " AND s.ID < ?");
            parameters.add(query.after());
        }
        sql.append(" ORDER BY s.ID ").append(query.ascending() ? "ASC" : "DESC")
                .append(" FETCH FIRST ").append(limit + 1).append(" ROWS ONLY");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<JsonObject> statements = new ArrayList<>();
            long last = 0;
            boolean more = false;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (statements.size() == limit) {
                        more = true;
                        break;
                    }
                    last = rows.getLong(1);
                    statements.add(parse(rows.getString(2)));
                }
            }
            return new StatementPage(statements, last, more);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot query statements", e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
