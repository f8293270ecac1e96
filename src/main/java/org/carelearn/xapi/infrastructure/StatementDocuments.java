package org.carelearn.xapi.infrastructure;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carelearn.xapi.domain.statement.StoredText;

/**
 * Reads stored statements' JSON by key, in IN lists of {@value #CHUNK}. The statement readers find the rows
 * they want in the indexes first (positions only, no CLOBs) and read the JSON of just those rows here.
 */
final class StatementDocuments {

    /** Derby and PostgreSQL both take IN lists of this size comfortably. */
    private static final int CHUNK = 200;

    private StatementDocuments() {
    }

    /** Reads a column (or two) of a row. */
    @FunctionalInterface
    interface ColumnReader<K> {
        K read(ResultSet rows) throws SQLException;
    }

    /** A stored statement's verb (from its column) and its text, not parsed. */
    record Text(String verbId, StoredText statement) {
    }

    /** The JSON of these statements by position (XAPI_STATEMENT.ID). */
    static Map<Long, JsonObject> byPosition(Connection connection, List<Long> positions) throws SQLException {
        return in(connection, "ID", "STATEMENT_JSON", positions, rows -> rows.getLong(1),
                rows -> parse(rows.getString(2)));
    }

    /** The text and verb of these statements by position, for a page that may pass the text on unparsed. */
    static Map<Long, Text> textsByPosition(Connection connection, List<Long> positions) throws SQLException {
        return in(connection, "ID", "VERB_ID, STATEMENT_JSON", positions, rows -> rows.getLong(1),
                rows -> new Text(rows.getString(2), new StoredText(rows.getString(3))));
    }

    /** The JSON of the statements among these that are stored, by their statement id. */
    static Map<String, JsonObject> byStatementId(Connection connection, List<String> ids) throws SQLException {
        return in(connection, "STATEMENT_ID", "STATEMENT_JSON", ids, rows -> rows.getString(1).strip(),
                rows -> parse(rows.getString(2)));
    }

    /** The JSON of these statements in the order of {@code positions} (positions not stored are left out). */
    static List<JsonObject> inOrder(Connection connection, List<Long> positions) throws SQLException {
        Map<Long, JsonObject> found = byPosition(connection, positions);
        List<JsonObject> ordered = new ArrayList<>(positions.size());
        for (Long position : positions) {
            JsonObject statement = found.get(position);
            if (statement != null) {
                ordered.add(statement);
            }
        }
        return ordered;
    }

    /** A stored statement's members (the same parse as {@link StoredText#json()}, which pages use). */
    static JsonObject parse(String json) {
        return new StoredText(json).json();
    }

    private static <K, V> Map<K, V> in(Connection connection, String keyColumn, String valueColumns, List<K> keys,
            ColumnReader<K> key, ColumnReader<V> value) throws SQLException {
        Map<K, V> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<K> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT " + keyColumn + ", "
                    + valueColumns + " FROM XAPI_STATEMENT WHERE " + keyColumn + " IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(key.read(rows), value.read(rows));
                    }
                }
            }
        }
        return found;
    }
}
