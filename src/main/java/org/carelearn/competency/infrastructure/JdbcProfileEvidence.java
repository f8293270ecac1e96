package org.carelearn.competency.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.carelearn.competency.application.EvidencePiece;
import org.carelearn.competency.application.ProfileEvidence;
import org.carelearn.competency.domain.EvidenceKind;

/**
 * Reads a profile's evidence in two queries: the pieces by the person (the leading column of
 * COMPETENCY_EVIDENCE_SHOWN_IX), then every verdict of those pieces by a join on the verdicts' primary key. The
 * entities it replaces read their verdicts with one query per piece, and a fetch join or batch reading of that
 * element collection fails the deployment (EclipseLink-69; CompetencyBench, README "Benchmarks").
 */
@ApplicationScoped
public class JdbcProfileEvidence implements ProfileEvidence {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public List<EvidencePiece> of(String employeeId) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, List<EvidencePiece.Verdict>> verdicts = verdicts(connection, employeeId);
            List<EvidencePiece> pieces = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT ID, COMPETENCY_IDENTIFIER, KIND,"
                    + " LEVEL_SHOWN, GIVEN_ON, GIVEN_BY, COMMENT_TEXT, SOURCE_REF, STATEMENT_ID, FRAMEWORK_VERSION"
                    + " FROM COMPETENCY_EVIDENCE WHERE EMPLOYEE_ID = ? ORDER BY GIVEN_AT DESC, ID DESC")) {
                select.setString(1, employeeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        pieces.add(new EvidencePiece(id, rs.getString(2), EvidenceKind.valueOf(rs.getString(3)),
                                rs.getInt(4), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getInt(10),
                                List.copyOf(verdicts.getOrDefault(id, List.of()))));
                    }
                }
            }
            return pieces;
        } catch (SQLException e) {
            throw new IllegalStateException("The evidence of " + employeeId + " could not be read", e);
        }
    }

    private static Map<Long, List<EvidencePiece.Verdict>> verdicts(Connection connection, String employeeId)
            throws SQLException {
        Map<Long, List<EvidencePiece.Verdict>> verdicts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT i.EVIDENCE_ID, i.INDICATOR_IDENTIFIER,"
                + " i.MET, i.COMMENT_TEXT FROM COMPETENCY_EVIDENCE e JOIN COMPETENCY_EVIDENCE_INDICATOR i"
                + " ON i.EVIDENCE_ID = e.ID WHERE e.EMPLOYEE_ID = ?")) {
            select.setString(1, employeeId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    verdicts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EvidencePiece.Verdict(rs.getString(2), rs.getBoolean(3), rs.getString(4)));
                }
            }
        }
        return verdicts;
    }
}
