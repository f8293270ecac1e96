package org.carelearn.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.ContentAccess;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.catalog.domain.Au;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.web.ContentOriginGate;
import org.carelearn.platform.web.ContentSecurityPolicy;
import org.carelearn.platform.web.RequestAddress;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * admin/course-preview.xhtml?version=N&amp;au=IRI: an admin looks at one AU as learners will see it, without
 * launching it (no registration, nothing recorded). It runs like a lesson in the player: from the content
 * origin under a grant of its own for an hour, in a sandboxed frame, never with the admin's session.
 */
@Named
@RequestScoped
public class CoursePreviewPage {

    @Inject
    private Catalog catalog;

    @Inject
    private ContentAccess access;

    @Inject
    private CurrentActor currentActor;

    @Inject
    @Param(name = "version")
    private String versionId;

    @Inject
    @Param(name = "au")
    private String auIri;

    private CourseVersionView version;
    private Au au;
    private String url;

    public CourseVersionView getVersion() {
        if (version == null && versionId != null && versionId.matches("\\d{1,18}")) {
            version = catalog.version(Long.parseLong(versionId)).orElse(null);
        }
        return version;
    }

    /** The AU, or null when the version or the AU does not exist. */
    public Au getAu() {
        if (au == null && getVersion() != null && auIri != null) {
            au = version.structure().au(auIri).orElse(null);
        }
        return au;
    }

    /** The AU's address under a new preview grant (made once per page view). */
    public String getUrl() {
        if (url == null && getAu() != null) {
            url = access.previewUrl(version.versionId(), au, currentActor.get().username(),
                    RequestAddress.of(Faces.getRequest()));
        }
        return url;
    }

    /** View action: the page's Content-Security-Policy lets it frame the preview's origin (the content origin). */
    public void allowFrame() {
        if (getUrl() != null) {
            ContentSecurityPolicy.allowFrame(Faces.getRequest(), url);
        }
    }

    public String getSandbox() {
        return ContentOriginGate.SANDBOX;
    }

    /** How long the preview's address stays open. */
    public long getMinutes() {
        return ContentAccess.PREVIEW.toMinutes();
    }
}
