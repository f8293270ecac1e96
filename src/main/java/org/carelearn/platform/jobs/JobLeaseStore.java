package org.carelearn.platform.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code JOB_LEASE} rows, each change in a transaction of its own so that a lease is decided and committed
 * before the job's work begins (and a job's failure never undoes its lease). Plain JDBC: the claim is one
 * conditional UPDATE whose row count is the answer, which JPA's entity model would only wrap.
 */
@ApplicationScoped
public class JobLeaseStore {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobLease> find(String job) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT JOB_NAME, HOLDER, ACQUIRED_AT,"
                        + " RENEWED_AT, EXPIRES_AT FROM JOB_LEASE WHERE JOB_NAME = ?")) {
            select.setString(1, job);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(lease(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the lease of job " + job, e);
        }
    }

    /** Every job's lease, by job name (for the log and for tests). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<JobLease> all() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT JOB_NAME, HOLDER, ACQUIRED_AT,"
                        + " RENEWED_AT, EXPIRES_AT FROM JOB_LEASE ORDER BY JOB_NAME");
                ResultSet rows = select.executeQuery()) {
            List<JobLease> leases = new ArrayList<>();
            while (rows.next()) {
                leases.add(lease(rows));
            }
            return leases;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the job leases", e);
        }
    }

    /**
     * Takes or renews the lease until {@code until}, if {@code holder} holds it already or it ended by
     * {@code now}. The row stays locked until this commits: a second node running the same UPDATE waits, then
     * finds the row taken and changes nothing (PostgreSQL checks the condition again on the row's new version
     * when the lock is freed, PostgreSQL 15 docs, 13.2.1 "Read Committed Isolation Level"; Derby qualifies the
     * row it waited for once it holds the lock; {@code JobLeasesIT} races two claimants on both databases).
     *
     * @return whether {@code holder} holds the lease now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean extend(String job, String holder, Instant now, Instant until) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE JOB_LEASE SET"
                        + " ACQUIRED_AT = CASE WHEN HOLDER = ? THEN ACQUIRED_AT ELSE CAST(? AS TIMESTAMP) END,"
                        + " HOLDER = ?, RENEWED_AT = ?, EXPIRES_AT = ?"
                        + " WHERE JOB_NAME = ? AND (HOLDER = ? OR EXPIRES_AT <= ?)")) {
            Timestamp at = Timestamp.from(now);
            update.setString(1, holder);
            update.setTimestamp(2, at);
            update.setString(3, holder);
            update.setTimestamp(4, at);
            update.setTimestamp(5, Timestamp.from(until));
            update.setString(6, job);
            update.setString(7, holder);
            update.setTimestamp(8, at);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim the lease of job " + job, e);
        }
    }

    /**
     * Makes the job's row, held by {@code holder}. Fails on the key when another node made it meanwhile; the
     * transaction then rolls back and that node holds the job.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String job, String holder, Instant now, Instant until) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO JOB_LEASE (JOB_NAME, HOLDER,"
                        + " ACQUIRED_AT, RENEWED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?)")) {
            Timestamp at = Timestamp.from(now);
            insert.setString(1, job);
            insert.setString(2, holder);
            insert.setTimestamp(3, at);
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, Timestamp.from(until));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the lease of job " + job + " (another node made it?)", e);
        }
    }

    /** Ends {@code holder}'s lease at {@code now}, so that another node takes the job at its next claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean release(String job, String holder, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE JOB_LEASE SET EXPIRES_AT = ?"
                        + " WHERE JOB_NAME = ? AND HOLDER = ? AND EXPIRES_AT > ?")) {
            Timestamp at = Timestamp.from(now);
            update.setTimestamp(1, at);
            update.setString(2, job);
            update.setString(3, holder);
            update.setTimestamp(4, at);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give up the lease of job " + job, e);
        }
    }

    private static JobLease lease(ResultSet row) throws SQLException {
        return new JobLease(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant());
    }
}
