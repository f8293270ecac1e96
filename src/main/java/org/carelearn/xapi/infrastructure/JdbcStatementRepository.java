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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.statement.Attachment;
import org.carelearn.xapi.domain.statement.Hashes;
import org.carelearn.xapi.domain.statement.StatementRepository;
import org.carelearn.xapi.domain.statement.StoredStatement;

/**
 * Statements in the database (Derby or PostgreSQL) through the container's JTA datasource, so that they
 * commit with the caller's transaction. Plain JDBC rather than JPA: a statement is a JSON document with index
 * columns, there is no object graph to map, and the write path is the LRS's busiest.
 */
@ApplicationScoped
public class JdbcStatementRepository implements StatementRepository {

    static final int ACTOR_OR_OBJECT = 0;
    static final int RELATED = 1;

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
                    + " STORED, VERB_HASH, VERB_ID, REGISTRATION, STATEMENT_JSON) VALUES (?, ?, ?, ?, ?, ?, ?)");
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
                    statement.setString(7, s.json().toString());
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
            resolveWaitingReferences(connection, statements, first);
            addReferences(connection, statements, first);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store statements", e);
        }
    }

    /**
     * Gives the StatementRefs stored before their target the target's position, now that it is stored. One
     * probe per write when none is waiting, which is almost always.
     */
    private static void resolveWaitingReferences(Connection connection, List<StoredStatement> statements, long first)
            throws SQLException {
        try (PreparedStatement waiting = connection.prepareStatement(
                "SELECT 1 FROM XAPI_STATEMENT_REFERENCE WHERE TARGET_PK IS NULL FETCH FIRST 1 ROWS ONLY");
                ResultSet any = waiting.executeQuery()) {
            if (!any.next()) {
                return;
            }
        }
        try (PreparedStatement resolve = connection.prepareStatement(
                "UPDATE XAPI_STATEMENT_REFERENCE SET TARGET_PK = ? WHERE TARGET_ID = ? AND TARGET_PK IS NULL")) {
            long position = first;
            for (StoredStatement s : statements) {
                resolve.setLong(1, position++);
                resolve.setString(2, s.id());
                resolve.addBatch();
            }
            resolve.executeBatch();
        }
    }

    /** A row for each statement whose object is a StatementRef, with its target's position if it is stored. */
    private static void addReferences(Connection connection, List<StoredStatement> statements, long first)
            throws SQLException {
        if (statements.stream().allMatch(s -> s.objectRef() == null)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO XAPI_STATEMENT_REFERENCE"
                + " (REFERRER_PK, TARGET_ID, TARGET_PK) VALUES (?, ?, (SELECT t.ID FROM XAPI_STATEMENT t"
                + " WHERE t.STATEMENT_ID = ?))")) {
            long position = first;
            for (StoredStatement s : statements) {
                if (s.objectRef() != null) {
                    insert.setLong(1, position);
                    insert.setString(2, s.objectRef());
                    insert.setString(3, s.objectRef());
                    insert.addBatch();
                }
                position++;
            }
            insert.executeBatch();
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
                        "SELECT s.STATEMENT_JSON, v.STATEMENT_PK FROM XAPI_STATEMENT s LEFT JOIN XAPI_STATEMENT_VOIDED v"
                        + " ON v.STATEMENT_PK = s.ID WHERE s.STATEMENT_ID = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Found(StatementDocuments.parse(row.getString(1)), row.getObject(2) != null))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a statement", e);
        }
    }

    @Override
    public void markVoided(Collection<String> ids) {
        try (Connection connection = dataSource.getConnection();
                // the target may be voided already (voided twice), or not stored (then nothing is voided)
                PreparedStatement insert = connection.prepareStatement("INSERT INTO XAPI_STATEMENT_VOIDED"
                        + " (STATEMENT_PK) SELECT s.ID FROM XAPI_STATEMENT s WHERE s.STATEMENT_ID = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM XAPI_STATEMENT_VOIDED v WHERE v.STATEMENT_PK = s.ID)")) {
            for (String id : ids) {
                insert.setString(1, id);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot void statements", e);
        }
    }
}
