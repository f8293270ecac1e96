package org.carelearn.competency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carelearn.competency.application.FrameworkVersionView;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.exchange.CaseExchange;
import org.carelearn.competency.application.exchange.CaseImportResult;
import org.carelearn.competency.application.exchange.CasePackageReader;
import org.carelearn.competency.application.exchange.CaseRefused;
import org.carelearn.platform.security.CurrentActor;
import org.omnifaces.util.Messages;

/**
 * admin/frameworks.xhtml: the competency frameworks CareLearn holds, and importing one as a CASE file. A refused
 * file stays on the page with every reason and nothing stored; an imported one goes to its framework's page
 * (Post-Redirect-Get) with what the import did.
 */
@Named
@ViewScoped
public class FrameworksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Frameworks frameworks;

    @Inject
    private CaseExchange exchange;

    @Inject
    private CurrentActor currentActor;

    private transient Part file;
    private transient List<FrameworkVersionView> list;
    private String rejectedFile;
    private List<String> reasons = List.of();

    public String importCase() {
        reasons = List.of();
        rejectedFile = null;
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("Choose a CASE file (.json) to import.");
            return null;
        }
        if (file.getSize() > CasePackageReader.MAX_CHARACTERS * 4L) {
            Messages.addGlobalError("The file is too large for a CASE package; nothing was imported.");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            CaseImportResult result = exchange.importCase(currentActor.get(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Messages.addFlashGlobalInfo(result.publication().message());
            result.notes().forEach(Messages::addFlashGlobalWarn);
            return "/admin/framework?faces-redirect=true&id=" + result.publication().frameworkIdentifier();
        } catch (CaseRefused e) {
            rejectedFile = file.getSubmittedFileName();
            reasons = e.reasons();
            Messages.addGlobalError(e.getMessage());
        } catch (IOException e) {
            Messages.addGlobalError("The file could not be read; upload it again.");
        }
        return null;
    }

    public List<FrameworkVersionView> getFrameworks() {
        if (list == null) {
            list = frameworks.list();
        }
        return list;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public String getRejectedFile() {
        return rejectedFile;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
