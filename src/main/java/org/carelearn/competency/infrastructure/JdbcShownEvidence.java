package org.carelearn.competency.infrastructure;

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
import javax.sql.DataSource;
import org.carelearn.competency.application.EvidenceFact;
import org.carelearn.competency.application.ShownEvidence;
import org.carelearn.competency.domain.Evidence;
import org.carelearn.competency.domain.EvidenceKind;

/**
 * Reads evidence for the status rule from the index V020 made for it (COMPETENCY_EVIDENCE_SHOWN_IX holds every
 * column read here), one person at a time by its leading column. The JPQL read it replaces asked for a group's
 * people with an IN list, which Derby ran as a scan of the whole table: at a million pieces of evidence that was
 * the largest part of a rebuild (CompetencyBench, README "Benchmarks").
 */
@ApplicationScoped
public class JdbcShownEvidence implements ShownEvidence {

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    private DataSource dataSource;

    @Override
    public Map<String, Map<String, List<Evidence>>> of(Collection<String> employeeIds) {
        Map<String, Map<String, List<Evidence>>> shown = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COMPETENCY_IDENTIFIER, KIND,"
                        + " LEVEL_SHOWN, GIVEN_ON, FRAMEWORK_VERSION, GIVEN_BY FROM COMPETENCY_EVIDENCE"
                        + " WHERE EMPLOYEE_ID = ?")) {
            for (String employeeId : employeeIds) {
                select.setString(1, employeeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        shown.computeIfAbsent(employeeId, k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Evidence(EvidenceKind.valueOf(rs.getString(2)), rs.getInt(3),
                                        rs.getDate(4).toLocalDate(), rs.getString(6), rs.getInt(5)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The evidence could not be read", e);
        }
        return shown;
    }

    /**
     * The same by the same index, with each piece's id (which the index does not hold, so Derby reads each row by
     * its location): reporting's read model copies them, a group of people at a time, where the JPQL read of whole
     * entities with an IN list of the group scanned the million rows for each group.
     */
    @Override
    public Map<String, List<EvidenceFact>> factsOf(Collection<String> employeeIds) {
        Map<String, List<EvidenceFact>> facts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT ID, COMPETENCY_IDENTIFIER, KIND,"
                        + " LEVEL_SHOWN, GIVEN_ON, FRAMEWORK_VERSION, GIVEN_BY FROM COMPETENCY_EVIDENCE"
                        + " WHERE EMPLOYEE_ID = ?")) {
            for (String employeeId : employeeIds) {
                select.setString(1, employeeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        facts.computeIfAbsent(employeeId, k -> new ArrayList<>()).add(new EvidenceFact(rs.getLong(1),
                                rs.getString(2), new Evidence(EvidenceKind.valueOf(rs.getString(3)), rs.getInt(4),
                                        rs.getDate(5).toLocalDate(), rs.getString(7), rs.getInt(6))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The evidence could not be read", e);
        }
        return facts;
    }
}
