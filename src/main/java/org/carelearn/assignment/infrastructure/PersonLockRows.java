package org.carelearn.assignment.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Makes the lock rows of people evaluated for the first time, in a transaction of its own: a row inserted by
 * the re-evaluation itself would stay locked by it, so a second re-evaluation inserting the same row would
 * fail on the key instead of waiting. Committed here, the row exists before anyone locks it. Locking the rows
 * (in the caller's transaction) is here too.
 */
@ApplicationScoped
public class PersonLockRows {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    /** Inserts a row for each; fails on the key when someone else inserted one meanwhile (the caller retries). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(Collection<String> employeeIds) {
        for (String employeeId : employeeIds) {
            em.createNativeQuery("INSERT INTO ASSIGNMENT_PERSON (EMPLOYEE_ID) VALUES (?)")
                    .setParameter(1, employeeId).executeUpdate();
        }
    }

    /**
     * Locks the rows of {@code sortedEmployeeIds} until the caller's transaction ends, one row per statement in
     * the order given. One UPDATE ... IN (...) locks its rows in the order the database happens to visit them:
     * on PostgreSQL that is where each row's newest version lies, which every update moves, so two transactions
     * locking overlapping groups took them in different orders and deadlocked (ConcurrentReassessmentIT on
     * PostgreSQL). A JDBC batch keeps the order and costs one round trip per batch, not per person. The
     * connection is the transaction's own (the container shares it with EclipseLink within a JTA transaction).
     */
    public void lock(List<String> sortedEmployeeIds, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE ASSIGNMENT_PERSON SET REEVALUATED_AT = ? WHERE EMPLOYEE_ID = ?")) {
            Timestamp at = Timestamp.from(now);
            for (String employeeId : sortedEmployeeIds) {
                update.setTimestamp(1, at);
                update.setString(2, employeeId);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the people being re-evaluated", e);
        }
    }
}
