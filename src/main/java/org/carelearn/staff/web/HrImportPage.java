package org.carelearn.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.application.hrfeed.HrFeedFormat;
import org.carelearn.staff.application.hrfeed.ImportJob;
import org.carelearn.staff.application.hrfeed.ImportJobs;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.staff.application.hrfeed.RowProblem;
import org.omnifaces.util.Messages;

/** admin/hr-import.xhtml: upload the HR feed, watch it advance, read what it did or why it did nothing. */
@Named
@ViewScoped
public class HrImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ImportJobs jobs;

    @Inject
    private CurrentActor currentActor;

    private transient Part file;
    private String jobId;

    public void start() {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("Choose a CSV file to import.");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            jobId = jobs.start(currentActor.get(), file.getSubmittedFileName(), in.readAllBytes()).id();
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (IOException e) {
            Messages.addGlobalError("The file could not be read; upload it again.");
        }
    }

    private ImportJob.Status status() {
        return jobs.find(jobId).map(ImportJob::status).orElse(null);
    }

    public boolean isRunning() {
        ImportJob.Status status = status();
        return status != null && !status.finished();
    }

    public boolean isFinished() {
        ImportJob.Status status = status();
        return status != null && status.finished();
    }

    public int getPercent() {
        ImportJob.Status status = status();
        return status == null ? 0 : status.percent();
    }

    public String getPhase() {
        ImportJob.Status status = status();
        if (status == null) {
            return "";
        }
        return status.phase().label() + (status.total() > 0 ? " (" + status.done() + " of " + status.total() + ")" : "");
    }

    public ImportResult getResult() {
        ImportJob.Status status = status();
        return status == null ? null : status.result();
    }

    public String getFailure() {
        ImportJob.Status status = status();
        return status == null ? null : status.failure();
    }

    public List<RowProblem> getProblems() {
        ImportResult result = getResult();
        return result == null ? List.of() : result.problems();
    }

    public String getRequiredColumns() {
        return String.join(", ", HrFeedFormat.REQUIRED_COLUMNS);
    }

    public String getOptionalColumns() {
        return String.join(", ", HrFeedFormat.OPTIONAL_COLUMNS);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
