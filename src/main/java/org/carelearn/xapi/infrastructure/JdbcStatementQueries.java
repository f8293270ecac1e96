package org.carelearn.xapi.infrastructure;

import static org.carelearn.xapi.infrastructure.JdbcStatementRepository.ACTOR_OR_OBJECT;
import static org.carelearn.xapi.infrastructure.JdbcStatementRepository.RELATED;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.carelearn.xapi.domain.statement.Hashes;
import org.carelearn.xapi.domain.statement.StatementPage;
import org.carelearn.xapi.domain.statement.StatementQueries;
import org.carelearn.xapi.domain.statement.StatementQuery;
import org.carelearn.xapi.domain.statement.StoredText;

/**
 * GET /statements in SQL: the filters, the StatementRef targets and the "more" paging of an xAPI query, read
 * from the rows {@link JdbcStatementRepository} writes, in the caller's transaction.
 */
@ApplicationScoped
public class JdbcStatementQueries implements StatementQueries {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    /**
     * The matching statements, plus (xAPI 1.0.3, Part Three, 2.1.3) those whose StatementRef targets a
     * match, voided or not; never a voided statement itself. since, until and paging apply to what is
     * returned, not to the targets.
     *
     * <p>Positions first, documents second: each branch selects only positions, in page order, from the
     * index of its most selective filter (an agent's or activity's link rows, else the registration, verb
     * or newest-first index; see V005), so a page reads its statements' JSON and nothing else. Voids and
     * StatementRefs are read from their own small tables (V033).
     */
    @Override
    public StatementPage query(StatementQuery query, int maxLimit) {
        int limit = query.limit() <= 0 || query.limit() > maxLimit ? maxLimit : query.limit();
        TreeMap<Long, Boolean> found = new TreeMap<>(query.ascending() ? Comparator.naturalOrder()
                : Comparator.<Long>reverseOrder());
        List<StoredText> statements = new ArrayList<>();
        long last = 0;
        try (Connection connection = dataSource.getConnection()) {
            positions(connection, direct(query), query, limit, true, found);
            if (filtered(query)) {
                positions(connection, targeting(query), query, limit, false, found);
            }
            List<Long> page = new ArrayList<>(found.keySet()).subList(0, Math.min(limit, found.size()));
            Map<Long, StatementDocuments.Text> documents = StatementDocuments.textsByPosition(connection, page);
            for (Long position : page) {
                StatementDocuments.Text stored = documents.get(position);
                // the index matched the verb's hash; a statement with another verb of the same hash is dropped
                if (found.get(position) && query.verbId() != null && !query.verbId().equals(stored.verbId())) {
                    continue;
                }
                statements.add(stored.statement());
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
     * verb's hash, so the statement's own row is read only for a registration, since or until.
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
            sql.append(position).append(" FROM XAPI_STATEMENT s");
        }
        if (!position.equals("s.ID") && (query.registration() != null || query.since() != null
                || query.until() != null)) {
            sql.append(" JOIN XAPI_STATEMENT s ON s.ID = ").append(position);
        }
        sql.append(" WHERE ").append(notVoided(position));
        links(query, sql, parameters);
        if (query.verbId() != null) {
            sql.append(" AND ").append(position.equals("s.ID") ? "s" : position.substring(0, 2)).append(".VERB_HASH = ?");
            parameters.add(Hashes.of(query.verbId()));
        }
        if (query.registration() != null) {
            sql.append(" AND s.REGISTRATION = ?");
            parameters.add(query.registration());
        }
        stored(query, sql, parameters);
        return new Branch(sql, position, parameters);
    }

    /**
     * Statements whose StatementRef targets a match (t), whatever they are themselves (s, at r.REFERRER_PK).
     * The filter is on the target, so it is the same as {@link #direct}'s, checked exactly on t.
     *
     * <p>With an agent or activity filter, the link rows lead and each is looked up in the small
     * XAPI_STATEMENT_REFERENCE (V033), which almost never holds it. The Derby hints (comments to PostgreSQL)
     * keep that order: counting on its cost estimates, Derby read every StatementRef and hashed the link
     * rows, which grows with the whole store instead of with one learner's statements.
     */
    private static Branch targeting(StatementQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT r.REFERRER_PK FROM");
        String target;
        if (query.agentKey() != null || query.activityId() != null) {
            target = query.agentKey() != null ? "ag.STATEMENT_PK" : "ac.STATEMENT_PK";
            sql.append(" -- DERBY-PROPERTIES joinOrder=FIXED\n");
            if (query.agentKey() != null) {
                sql.append(" XAPI_STATEMENT_AGENT ag");
                if (query.activityId() != null) {
                    sql.append(" JOIN XAPI_STATEMENT_ACTIVITY ac ON ac.STATEMENT_PK = ag.STATEMENT_PK");
                }
            } else {
                sql.append(" XAPI_STATEMENT_ACTIVITY ac");
            }
            sql.append(" JOIN XAPI_STATEMENT_REFERENCE r -- DERBY-PROPERTIES joinStrategy=NESTEDLOOP,"
                    + " index=XAPI_STATEMENT_REFERENCE_TARGET_IX\n ON r.TARGET_PK = ").append(target);
            if (query.verbId() != null || query.registration() != null) {
                sql.append(" JOIN XAPI_STATEMENT t ON t.ID = r.TARGET_PK");
            }
        } else {
            target = "t.ID";
            sql.append(" XAPI_STATEMENT t JOIN XAPI_STATEMENT_REFERENCE r ON r.TARGET_PK = t.ID");
        }
        if (query.since() != null || query.until() != null) {
            sql.append(" JOIN XAPI_STATEMENT s ON s.ID = r.REFERRER_PK");
        }
        sql.append(" WHERE ").append(notVoided("r.REFERRER_PK"));
        links(query, sql, parameters);
        if (query.verbId() != null) {
            String hashed = target.equals("t.ID") ? "t" : target.substring(0, 2);
            sql.append(" AND ").append(hashed).append(".VERB_HASH = ? AND t.VERB_ID = ?");
            parameters.add(Hashes.of(query.verbId()));
            parameters.add(query.verbId());
        }
        if (query.registration() != null) {
            sql.append(" AND t.REGISTRATION = ?");
            parameters.add(query.registration());
        }
        stored(query, sql, parameters);
        return new Branch(sql, "r.REFERRER_PK", parameters);
    }

    /**
     * The statement at this position is not voided (V033: voided positions are a table of their own). A probe a
     * candidate, in page order: left to itself, Derby hashed the voided positions and then sorted all its
     * candidates, a million for the unfiltered query (750 ms a page in LrsBench instead of 6).
     */
    private static String notVoided(String position) {
        return "NOT EXISTS (SELECT 1 FROM XAPI_STATEMENT_VOIDED v -- DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                + " WHERE v.STATEMENT_PK = " + position + ")";
    }

    /** since and until, on the statement returned (aliased s); the admin's browsing uses it too. */
    static void stored(StatementQuery query, StringBuilder sql, List<Object> parameters) {
        if (query.since() != null) {
            sql.append(" AND s.STORED > ?");
            parameters.add(Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND s.STORED <= ?");
            parameters.add(Timestamp.from(query.until()));
        }
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
     * the page cursor apply to the returned statement.
     */
    private static void positions(Connection connection, Branch branch, StatementQuery query, int limit,
            boolean direct, Map<Long, Boolean> found) throws SQLException {
        StringBuilder sql = branch.sql();
        List<Object> parameters = new ArrayList<>(branch.parameters());
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
}
