package org.carelearn.xapi.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.forwarding.ForwardingQueue;
import org.carelearn.xapi.domain.forwarding.PendingStatement;

/**
 * The statement table read in position order through its primary key, in the caller's transaction. It
 * only reads: forwarding adds nothing to the statement write path.
 */
@ApplicationScoped
public class JdbcForwardingQueue implements ForwardingQueue {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public List<PendingStatement> after(long position, int limit) {
        List<PendingStatement> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT ID, STATEMENT_JSON FROM XAPI_STATEMENT"
                        + " WHERE ID > ? ORDER BY ID FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
            select.setLong(1, position);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(PendingStatement.of(rows.getLong(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read statements to forward", e);
        }
        return found;
    }

    @Override
    public Optional<PendingStatement> at(long position) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT STATEMENT_JSON FROM XAPI_STATEMENT WHERE ID = ?")) {
            select.setLong(1, position);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(PendingStatement.of(position, row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a statement to forward", e);
        }
    }

    @Override
    public long countAfter(long position) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM XAPI_STATEMENT WHERE ID > ?")) {
            count.setLong(1, position);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count statements to forward", e);
        }
    }

    @Override
    public Map<String, Long> storedSizes(Collection<String> sha2s) {
        Map<String, Long> sizes = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT LENGTH(CONTENT) FROM XAPI_ATTACHMENT WHERE SHA2 = ?")) {
            for (String sha2 : sha2s) {
                select.setString(1, sha2);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        sizes.put(sha2, row.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read attachment sizes", e);
        }
        return sizes;
    }
}
