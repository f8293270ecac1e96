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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.Attachment;
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
                    + " STORED, VERB_HASH, VERB_ID, REGISTRATION, VOIDED, OBJECT_REF, STATEMENT_JSON)"
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
                    statement.setString(7, s.objectRef());
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
    public void addAttachments(Collection<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM XAPI_ATTACHMENT WHERE SHA2 = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO XAPI_ATTACHMENT (SHA2, CONTENT_TYPE, CONTENT) VALUES (?, ?, ?)")) {
            for (Attachment attachment : attachments) {
                exists.setString(1, attachment.sha2());
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        continue;
                    }
                }
                insert.setString(1, attachment.sha2());
                insert.setString(2, attachment.contentType());
                insert.setBytes(3, attachment.content());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store attachments", e);
        }
    }

    @Override
    public List<Attachment> attachments(Collection<String> sha2s) {
        List<Attachment> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT CONTENT_TYPE, CONTENT FROM XAPI_ATTACHMENT WHERE SHA2 = ?")) {
            for (String sha2 : sha2s) {
                select.setString(1, sha2);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        found.add(new Attachment(sha2, row.getString(1), row.getBytes(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read attachments", e);
        }
        return found;
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

    /**
     * The matching statements, plus (xAPI 1.0.3, Part Three, 2.1.3) those whose StatementRef targets a
     * match, voided or not; never a voided statement itself. since, until and paging apply to what is
     * returned, not to the targets.
     */
    @Override
    public StatementPage query(StatementQuery query, int maxLimit) {
        int limit = query.limit() <= 0 || query.limit() > maxLimit ? maxLimit : query.limit();
        List<Object> directParameters = new ArrayList<>();
        String directFilter = filter("s", query, directParameters);
        TreeMap<Long, JsonObject> found = new TreeMap<>(query.ascending() ? Comparator.naturalOrder()
                : Comparator.<Long>reverseOrder());
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String window = window(query, parameters, directParameters);
            select(connection, "SELECT s.ID, s.STATEMENT_JSON FROM XAPI_STATEMENT s WHERE s.VOIDED = FALSE"
                    + directFilter + window, parameters, query, limit, found);
            if (!directFilter.isEmpty()) {
                List<Object> targetedParameters = new ArrayList<>();
                String targetFilter = filter("t", query, targetedParameters);
                List<Object> parameters2 = new ArrayList<>();
                String window2 = window(query, parameters2, targetedParameters);
                select(connection, "SELECT s.ID, s.STATEMENT_JSON FROM XAPI_STATEMENT s JOIN XAPI_STATEMENT t"
                        + " ON t.STATEMENT_ID = s.OBJECT_REF WHERE s.VOIDED = FALSE" + targetFilter + window2,
                        parameters2, query, limit, found);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot query statements", e);
        }
        List<JsonObject> statements = new ArrayList<>();
        long last = 0;
        for (Map.Entry<Long, JsonObject> entry : found.entrySet()) {
            if (statements.size() == limit) {
                break;
            }
            statements.add(entry.getValue());
            last = entry.getKey();
        }
        return new StatementPage(statements, last, found.size() > limit);
    }

    /**
     * One branch of a query, at most {@code limit + 1} rows in page order, into {@code found} (ordered and
     * without duplicates, since a statement can match directly and through its target).
     */
    private static void select(Connection connection, String where, List<Object> parameters, StatementQuery query,
            int limit, Map<Long, JsonObject> found) throws SQLException {
        String sql = where + " ORDER BY s.ID " + (query.ascending() ? "ASC" : "DESC") + " FETCH FIRST " + (limit + 1)
                + " ROWS ONLY";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.putIfAbsent(rows.getLong(1), parse(rows.getString(2)));
                }
            }
        }
    }

    @Override
    public List<JsonObject> browse(StatementQuery query, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = browseWhere(query, parameters);
        String sql = "SELECT s.STATEMENT_JSON FROM XAPI_STATEMENT s WHERE 1 = 1" + where
                + " ORDER BY s.ID DESC OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + max + " ROWS ONLY";
        List<JsonObject> page = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(parse(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot browse statements", e);
        }
        return page;
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
        return sql.toString();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
