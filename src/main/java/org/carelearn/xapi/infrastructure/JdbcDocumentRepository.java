package org.carelearn.xapi.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.document.Document;
import org.carelearn.xapi.domain.document.DocumentIds;
import org.carelearn.xapi.domain.document.DocumentKey;
import org.carelearn.xapi.domain.document.DocumentKind;
import org.carelearn.xapi.domain.document.DocumentRepository;
import org.carelearn.xapi.domain.document.DocumentScope;
import org.carelearn.xapi.domain.statement.Hashes;

/**
 * State and profile documents in the database (Derby or PostgreSQL) through the container's JTA datasource,
 * like the statements. A document is found by the hash of its whole key (the primary key) and listed by the
 * hash of its scope; the key's parts are stored too and compared exactly, so a hash collision can never hand
 * out another learner's document.
 */
@ApplicationScoped
public class JdbcDocumentRepository implements DocumentRepository {

    /** SQLState of a unique or primary key violation (Derby and PostgreSQL). */
    private static final String DUPLICATE_KEY = "23505";
    private static final String KEY_COLUMNS = "KIND, ACTIVITY_ID, AGENT_KEY, REGISTRATION, DOCUMENT_ID";
    private static final String COLUMNS = KEY_COLUMNS + ", CONTENT_TYPE, CONTENT, ETAG, UPDATED";

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public Optional<Document> find(DocumentKey key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM XAPI_DOCUMENT WHERE KEY_HASH = ?")) {
            select.setLong(1, Hashes.of(key.text()));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !key.equals(keyOf(row))) {
                    return Optional.empty();
                }
                return Optional.of(new Document(key, row.getBytes("CONTENT"), row.getString("CONTENT_TYPE"),
                        row.getString("ETAG").strip(), row.getTimestamp("UPDATED").toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a document", e);
        }
    }

    @Override
    public DocumentIds ids(DocumentScope scope, Instant since) {
        String sql = "SELECT " + KEY_COLUMNS + ", UPDATED FROM XAPI_DOCUMENT WHERE SCOPE_HASH = ?"
                + (since == null ? "" : " AND UPDATED > ?") + " ORDER BY UPDATED";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, Hashes.of(scope.text()));
            if (since != null) {
                select.setTimestamp(2, Timestamp.from(since));
            }
            List<String> ids = new ArrayList<>();
            Instant newest = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    DocumentKey key = keyOf(rows);
                    if (key.scope().equals(scope)) {
                        ids.add(key.documentId());
                        newest = rows.getTimestamp("UPDATED").toInstant();
                    }
                }
            }
            return new DocumentIds(ids, Optional.ofNullable(newest));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list documents", e);
        }
    }

    @Override
    public boolean insert(Document document) {
        DocumentKey key = document.key();
        DocumentScope scope = key.scope();
        try (Connection connection = dataSource.getConnection()) {
            // Another request may insert the same document first. PostgreSQL then fails the whole transaction,
            // not just the statement (as Derby does), unless the insert ran after a savepoint the caller can
            // roll back to and go on (PostgreSQL 15 docs, "SAVEPOINT"); the caller then reads and retries.
            Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO XAPI_DOCUMENT (KEY_HASH,"
                    + " SCOPE_HASH, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, Hashes.of(key.text()));
                insert.setLong(2, Hashes.of(scope.text()));
                insert.setInt(3, scope.kind().code());
                insert.setString(4, scope.activityId());
                insert.setString(5, scope.agentKey());
                insert.setString(6, scope.registration());
                insert.setString(7, key.documentId());
                setContent(insert, 8, document);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    if (beforeInsert != null) {
                        connection.rollback(beforeInsert);
                    }
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store a document", e);
        }
    }

    @Override
    public boolean replace(Document document, String expectedEtag) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE XAPI_DOCUMENT SET CONTENT_TYPE = ?,"
                        + " CONTENT = ?, ETAG = ?, UPDATED = ? WHERE KEY_HASH = ? AND ETAG = ?")) {
            setContent(update, 1, document);
            update.setLong(5, Hashes.of(document.key().text()));
            update.setString(6, expectedEtag);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot replace a document", e);
        }
    }

    @Override
    public boolean delete(DocumentKey key, String expectedEtag) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM XAPI_DOCUMENT WHERE KEY_HASH = ? AND ETAG = ?")) {
            delete.setLong(1, Hashes.of(key.text()));
            delete.setString(2, expectedEtag);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete a document", e);
        }
    }

    @Override
    public void deleteAll(DocumentScope scope) {
        StringBuilder sql = new StringBuilder("DELETE FROM XAPI_DOCUMENT WHERE SCOPE_HASH = ? AND KIND = ?");
        List<String> values = new ArrayList<>();
        exactly(sql, values, "ACTIVITY_ID", scope.activityId());
        exactly(sql, values, "AGENT_KEY", scope.agentKey());
        exactly(sql, values, "REGISTRATION", scope.registration());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql.toString())) {
            delete.setLong(1, Hashes.of(scope.text()));
            delete.setInt(2, scope.kind().code());
            for (int i = 0; i < values.size(); i++) {
                delete.setString(i + 3, values.get(i));
            }
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete documents", e);
        }
    }

    private static void exactly(StringBuilder sql, List<String> values, String column, String value) {
        if (value == null) {
            sql.append(" AND ").append(column).append(" IS NULL");
        } else {
            sql.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }

    /** Sets CONTENT_TYPE, CONTENT, ETAG and UPDATED from {@code first} on. */
    private static void setContent(PreparedStatement statement, int first, Document document) throws SQLException {
        statement.setString(first, document.contentType());
        statement.setBytes(first + 1, document.content());
        statement.setString(first + 2, document.etag());
        statement.setTimestamp(first + 3, Timestamp.from(document.updated()));
    }

    private static DocumentKey keyOf(ResultSet row) throws SQLException {
        int code = row.getInt("KIND");
        String registration = row.getString("REGISTRATION");
        DocumentScope scope = new DocumentScope(DocumentKind.ofCode(code), row.getString("ACTIVITY_ID"),
                row.getString("AGENT_KEY"), registration == null ? null : registration.strip());
        return scope.document(row.getString("DOCUMENT_ID"));
    }
}
