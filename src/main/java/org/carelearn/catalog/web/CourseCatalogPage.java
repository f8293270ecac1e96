package org.carelearn.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.catalog.application.PackageRejected;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.catalog.domain.PackageLimits;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.web.Wrapping;
import org.omnifaces.util.Messages;

/**
 * admin/courses.xhtml: the catalog's courses and which of them learners are offered, and importing a package. A refused package stays on the page
 * with every reason; an imported one goes to its version's page (Post-Redirect-Get) with a message.
 */
@Named
@ViewScoped
public class CourseCatalogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Catalog catalog;

    @Inject
    private CurrentActor currentActor;

    private transient Part file;
    private transient List<CourseSummary> courses;
    private String rejectedFile;
    private List<String> reasons = List.of();

    public String importPackage() {
        reasons = List.of();
        rejectedFile = null;
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("Choose a cmi5 package (.zip) or a cmi5.xml to import.");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            CourseVersionView imported = catalog.importPackage(file.getSubmittedFileName(), in, currentActor.get());
            Messages.addFlashGlobalInfo("Imported {0}, version {1} ({2} AUs).", imported.title(), imported.number(),
                    imported.getAuCount());
            return "/admin/course-version?faces-redirect=true&version=" + imported.versionId();
        } catch (PackageRejected e) {
            rejectedFile = file.getSubmittedFileName();
            reasons = e.reasons();
            Messages.addGlobalError(e.getMessage());
        } catch (IOException e) {
            Messages.addGlobalError("The file could not be read; upload it again.");
        }
        return null;
    }

    public void offer(CourseSummary course) {
        change(course, CourseAvailability.OFFERED, "{0} is offered in the catalog: staff may enrol themselves.");
    }

    public void stopOffering(CourseSummary course) {
        change(course, CourseAvailability.NOT_OFFERED,
                "{0} is no longer offered in the catalog; those enrolled keep it.");
    }

    public void retire(CourseSummary course) {
        change(course, CourseAvailability.RETIRED, "{0} is retired: nobody new can enrol; those enrolled keep it.");
    }

    public void returnToCatalog(CourseSummary course) {
        change(course, CourseAvailability.NOT_OFFERED,
                "{0} is no longer retired; offer it when staff may enrol themselves.");
    }

    private void change(CourseSummary course, CourseAvailability availability, String done) {
        try {
            catalog.changeAvailability(currentActor.get(), course.courseIri(), availability);
            Messages.addGlobalInfo(done, course.title());
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
        courses = null;
    }

    public List<CourseSummary> getCourses() {
        if (courses == null) {
            courses = catalog.courses();
        }
        return courses;
    }

    /** A course IRI as HTML that wraps only between its parts. */
    public String wrappable(String iri) {
        return Wrapping.atSeparators(iri);
    }

    public String getLimit() {
        return PackageLimits.describe(catalog.limits().maxPackageBytes());
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
