package org.carelearn.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.reporting.application.ReportCompetency;
import org.carelearn.reporting.application.experience.ExperienceReport;
import org.carelearn.reporting.application.experience.ExperienceRow;
import org.carelearn.reporting.application.experience.ScoreFormat;
import org.carelearn.reporting.application.experience.ScoreImport;
import org.carelearn.reporting.application.experience.ScoreImportResult;
import org.carelearn.reporting.domain.LineProblem;
import org.carelearn.staff.application.OrgUnit;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * leadership/patient-experience.xhtml: each department's quarterly patient experience results beside the coverage
 * of the competency each measure maps to, filtered by department and measure in the address; the CSV import
 * (every line checked first, one bad line and nothing is taken); the measures and their mapping.
 */
@Named
@RequestScoped
public class PatientExperiencePage {

    @Inject
    @Param(name = "department")
    private String department;

    @Inject
    @Param(name = "measure")
    private String measure;

    @Inject
    private ExperienceReport report;

    @Inject
    private ScoreImport scoreImport;

    @Inject
    private CurrentActor currentActor;

    private List<ExperienceRow> rows;
    private Part file;
    private ScoreImportResult result;
    private String newMeasure;
    private String mappedMeasure;
    private String mappedCompetency;

    public void load() {
        String shownMeasure = null;
        if (measure != null && !measure.isBlank()) {
            shownMeasure = report.measure(measure).orElse(null);
            if (shownMeasure == null) {
                Messages.addGlobalError("No measure is called \"" + measure.strip() + "\"");
                return;
            }
        }
        String shownDepartment = department == null || department.isBlank() ? null : department.strip();
        rows = report.rows(shownDepartment, shownMeasure);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("Choose a CSV file to import.");
            return;
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = scoreImport.run(currentActor.get(), file.getSubmittedFileName(), csv);
            if (result.accepted()) {
                Messages.addGlobalInfo(result.summary());
                load();
            } else {
                Messages.addGlobalError(result.summary() + "; every problem is listed below.");
            }
        } catch (IOException e) {
            Messages.addGlobalError("The file could not be read; upload it again.");
        }
    }

    public void addMeasure() {
        try {
            report.addMeasure(currentActor.get(), newMeasure);
            Messages.addGlobalInfo("Measure \"" + newMeasure.strip() + "\" added: an import may name it now.");
            newMeasure = null;
        } catch (BusinessRuleException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public void map() {
        try {
            report.map(currentActor.get(), mappedMeasure, mappedCompetency);
            Messages.addGlobalInfo("\"" + mappedMeasure + "\" is shown beside "
                    + (mappedCompetency == null || mappedCompetency.isBlank() ? "no competency" : "the coverage of "
                    + report.coverageCompetencies().stream().filter(c -> c.identifier().equals(mappedCompetency))
                            .findFirst().map(ReportCompetency::label).orElse(mappedCompetency)) + " from now on.");
            load();
        } catch (BusinessRuleException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
    }

    public List<ExperienceRow> getRows() {
        return rows;
    }

    public List<LineProblem> getProblems() {
        return result == null ? List.of() : result.problems();
    }

    public Map<String, String> getMeasures() {
        return report.measures();
    }

    public List<ReportCompetency> getCompetencies() {
        return report.coverageCompetencies();
    }

    /** The label of a measure's competency, or "none". */
    public String competencyOf(String identifier) {
        return identifier == null ? "none" : getCompetencies().stream().filter(c -> c.identifier().equals(identifier))
                .findFirst().map(ReportCompetency::label).orElse("a competency no longer in a framework");
    }

    public List<OrgUnit> getDepartments() {
        return report.departments();
    }

    public String getColumns() {
        return String.join(",", ScoreFormat.COLUMNS);
    }

    /** The filters as a query string, for the exports. */
    public String getFilters() {
        return ReportFilters.query("department", department, "measure", measure);
    }

    public String getDepartment() {
        return department;
    }

    public String getMeasure() {
        return measure;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getNewMeasure() {
        return newMeasure;
    }

    public void setNewMeasure(String newMeasure) {
        this.newMeasure = newMeasure;
    }

    public String getMappedMeasure() {
        return mappedMeasure;
    }

    public void setMappedMeasure(String mappedMeasure) {
        this.mappedMeasure = mappedMeasure;
    }

    public String getMappedCompetency() {
        return mappedCompetency;
    }

    public void setMappedCompetency(String mappedCompetency) {
        this.mappedCompetency = mappedCompetency;
    }
}
