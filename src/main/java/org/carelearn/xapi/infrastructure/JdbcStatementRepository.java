package org.carelearn.xapi.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * Statements in the database (Derby or PostgreSQL) through the container's JTA datasource, so that they
 * commit with the caller's transaction. Plain JDBC rather than JPA: a statement is a JSON document with index
 * columns, there is no object graph to map, and the write path is the LRS's busiest.
 */
@ApplicationScoped
public class JdbcStatementRepository implements StatementRepository {

    private static final int ACTOR_OR_OBJECT = 0;
    private static final int RELATED = 1;

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
                            "INSERT INTO XAPI_STATEMENT_AGENT (STATEMENT_PK, AGENT_HASH, RELATION, VERB_HASH)"
                            + " VALUES (?, ?, ?, ?)");
                    PreparedStatement activity = connection.prepareStatement(
                            "INSERT INTO XAPI_STATEMENT_ACTIVITY (STATEMENT_PK, ACTIVITY_HASH, RELATION, VERB_HASH)"
                            + " VALUES (?, ?, ?, ?)")) {
                long position = first;
                for (StoredStatement s : statements) {
                    long verb = Hashes.of(s.verbId());
                    statement.setLong(1, position);
                    statement.setString(2, s.id());
                    statement.setTimestamp(3, Timestamp.from(s.stored()));
                    statement.setLong(4, verb);
                    statement.setString(5, s.verbId());
                    statement.setString(6, s.registration());
                    statement.setString(7, s.objectRef());
                    statement.setString(8, s.json().toString());
                    statement.addBatch();
                    addLinks(agent, position, verb, s.actorOrObjectAgents(), s.relatedAgents());
                    addLinks(activity, position, verb, s.objectActivity() == null ? List.of()
                            : List.of(s.objectActivity()), s.relatedActivities());
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

    @Override
    public Instant lockPositions() {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "UPDATE XAPI_POSITION SET NEXT_POSITION = NEXT_POSITION WHERE ONLY_ROW = 1")) {
                lock.executeUpdate();
            }
            return storedAt(connection, nextPosition(connection) - 1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the statement positions", e);
        }
    }

    private static long nextPosition(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NEXT_POSITION FROM XAPI_POSITION WHERE ONLY_ROW = 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Instant storedAt(Connection connection, long position) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT STORED FROM XAPI_STATEMENT WHERE ID = ?")) {
            select.setLong(1, position);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getTimestamp(1).toInstant() : Instant.EPOCH;
            }
        }
    }

    /** Locks the position row until the transaction ends and takes {@code count} positions from it. */
    private static long reservePositions(Connection connection, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE XAPI_POSITION SET NEXT_POSITION = NEXT_POSITION + ? WHERE ONLY_ROW = 1")) {
            update.setInt(1, count);
            update.executeUpdate();
        }
        return nextPosition(connection) - count;
    }

    /**
     * One row per distinct key, with the closest relation (actor/object before related) and the
     * statement's verb, so that an agent or activity filter combined with a verb is one index range.
     */
    private static void addLinks(PreparedStatement insert, long position, long verb, Collection<String> primary,
            Collection<String> related) throws SQLException {
        Map<Long, Integer> relation = new LinkedHashMap<>();
        primary.forEach(key -> relation.put(Hashes.of(key), ACTOR_OR_OBJECT));
        related.forEach(key -> relation.putIfAbsent(Hashes.of(key), RELATED));
        for (Map.Entry<Long, Integer> link : relation.entrySet()) {
            insert.setLong(1, position);
            insert.setLong(2, link.getKey());
            insert.setInt(3, link.getValue());
            insert.setLong(4, verb);
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
        try (Connection connection = dataSource.getConnection()) {
            return StatementDocuments.byStatementId(connection, new ArrayList<>(ids));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read statements", e);
        }
    }

    @Override
    public Optional<Found> find(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT STATEMENT_JSON, VOIDED FROM XAPI_STATEMENT WHERE STATEMENT_ID = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Found(StatementDocuments.parse(row.getString(1)), row.getBoolean(2)))
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
     *
     * <p>Positions first, documents second: each branch selects only positions, in page order, from the
     * index of its most selective filter (an agent's or activity's link rows, else the registration, verb
     * or newest-first index; see V005), so a page reads its statements' JSON and nothing else.
     */
    @Override
    public StatementPage query(StatementQuery query, int maxLimit) {
        int limit = query.limit() <= 0 || query.limit() > maxLimit ? maxLimit : query.limit();
        TreeMap<Long, Boolean> found = new TreeMap<>(query.ascending() ? Comparator.naturalOrder()
                : Comparator.<Long>reverseOrder());
        List<JsonObject> statements = new ArrayList<>();
        long last = 0;
        try (Connection connection = dataSource.getConnection()) {
            positions(connection, direct(query), query, limit, true, found);
            if (filtered(query)) {
                positions(connection, targeting(query), query, limit, false, found);
            }
            List<Long> page = new ArrayList<>(found.keySet()).subList(0, Math.min(limit, found.size()));
            Map<Long, JsonObject> documents = StatementDocuments.byPosition(connection, page);
            for (Long position : page) {
                JsonObject statement = documents.get(position);
                // the index matched the verb's hash; a statement with another verb of the same hash is dropped
                if (found.get(position) && query.verbId() != null
                        && !query.verbId().equals(statement.getJsonObject("verb").getString("id"))) {
                    continue;
                }
                statements.add(statement);
            }
            last = page.isEmpty() ? 0 : page.get(page.size() - 1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot query statements", e);
        }
        return new StatementPage(statements, last, found.size() > limit);
    }

    private static boolean filtered(StatementQuery query) {
        return query.agentKey() != null || query.activityId() != null || query.verbId() != null
                || query.registration() != null;
    }

    /** A branch of a query: its SQL up to ORDER BY, the column it pages on, and its parameters. */
    private record Branch(StringBuilder sql, String position, List<Object> parameters) {
    }

    /**
     * Statements that match themselves. With an agent or activity filter the link rows of that agent or
     * activity drive the query (a few hundred rows where the statement table has millions) and carry the
     * verb's hash; VOIDED is then checked through XAPI_STATEMENT_NEWEST_IX, which covers it.
     */
    private static Branch direct(StatementQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        String position;
        if (query.agentKey() != null) {
            position = "ag.STATEMENT_PK";
            sql.append(position).append(" FROM XAPI_STATEMENT_AGENT ag");
            if (query.activityId() != null) {
                sql.append(" JOIN XAPI_STATEMENT_ACTIVITY ac ON ac.STATEMENT_PK = ag.STATEMENT_PK");
            }
        } else if (query.activityId() != null) {
            position = "ac.STATEMENT_PK";
            sql.append(position).append(" FROM XAPI_STATEMENT_ACTIVITY ac");
        } else {
            position = "s.ID";
            sql.append(position);
        }
        if (!position.equals("s.ID")) {
            sql.append(" JOIN XAPI_STATEMENT s ON s.ID = ").append(position);
        } else {
            sql.append(" FROM XAPI_STATEMENT s");
        }
        sql.append(" WHERE s.VOIDED = FALSE");
        links(query, sql, parameters);
        if (query.verbId() != null) {
            sql.append(" AND ").append(position.equals("s.ID") ? "s" : position.substring(0, 2)).append(".VERB_HASH = ?");
            parameters.add(Hashes.of(query.verbId()));
        }
        if (query.registration() != null) {
            sql.append(" AND s.REGISTRATION = ?");
            parameters.add(query.registration());
        }
        return new Branch(sql, position, parameters);
    }

    /**
     * Statements whose StatementRef targets a match (t), whatever they are themselves (s). The filter
     * is on the target, so it is the same as {@link #direct}'s, checked exactly on t.
     */
    private static Branch targeting(StatementQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT s.ID FROM XAPI_STATEMENT t");
        if (query.agentKey() != null) {
            sql.append(" JOIN XAPI_STATEMENT_AGENT ag ON ag.STATEMENT_PK = t.ID");
        }
        if (query.activityId() != null) {
            sql.append(" JOIN XAPI_STATEMENT_ACTIVITY ac ON ac.STATEMENT_PK = t.ID");
        }
        sql.append(" JOIN XAPI_STATEMENT s ON s.OBJECT_REF = t.STATEMENT_ID WHERE s.VOIDED = FALSE");
        links(query, sql, parameters);
        if (query.verbId() != null) {
            String hashed = query.agentKey() != null ? "ag" : query.activityId() != null ? "ac" : "t";
            sql.append(" AND ").append(hashed).append(".VERB_HASH = ? AND t.VERB_ID = ?");
            parameters.add(Hashes.of(query.verbId()));
            parameters.add(query.verbId());
        }
        if (query.registration() != null) {
            sql.append(" AND t.REGISTRATION = ?");
            parameters.add(query.registration());
        }
        return new Branch(sql, "s.ID", parameters);
    }

    /** The agent and activity conditions on the link rows aliased ag and ac. */
    private static void links(StatementQuery query, StringBuilder sql, List<Object> parameters) {
        if (query.agentKey() != null) {
            sql.append(" AND ag.AGENT_HASH = ? AND ag.RELATION <= ?");
            parameters.add(Hashes.of(query.agentKey()));
            parameters.add(query.relatedAgents() ? RELATED : ACTOR_OR_OBJECT);
        }
        if (query.activityId() != null) {
            sql.append(" AND ac.ACTIVITY_HASH = ? AND ac.RELATION <= ?");
            parameters.add(Hashes.of(query.activityId()));
            parameters.add(query.relatedActivities() ? RELATED : ACTOR_OR_OBJECT);
        }
    }

    /**
     * One branch, at most {@code limit + 1} positions in page order, into {@code found} (ordered and
     * without duplicates, since a statement can match directly and through its target). since, until and
     * the page cursor apply to the returned statement s.
     */
    private static void positions(Connection connection, Branch branch, StatementQuery query, int limit,
            boolean direct, Map<Long, Boolean> found) throws SQLException {
        StringBuilder sql = branch.sql();
        List<Object> parameters = new ArrayList<>(branch.parameters());
        if (query.since() != null) {
            sql.append(" AND s.STORED > ?");
            parameters.add(Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND s.STORED <= ?");
            parameters.add(Timestamp.from(query.until()));
        }
        if (query.after() > 0) {
            sql.append(" AND ").append(branch.position()).append(query.ascending() ? " > ?" : " < ?");
            parameters.add(query.after());
        }
        sql.append(" ORDER BY ").append(branch.position()).append(query.ascending() ? " ASC" : " DESC")
                .append(" FETCH FIRST ").append(limit + 1).append(" ROWS ONLY");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.merge(rows.getLong(1), direct, (a, b) -> a && b);
                }
            }
        }
    }

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
}
