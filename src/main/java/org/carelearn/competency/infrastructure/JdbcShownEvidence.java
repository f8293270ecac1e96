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
}
