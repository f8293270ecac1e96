package org.carelearn.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.FirstRunSetup;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.CurrentActor;
import org.omnifaces.util.Messages;

/**
 * admin/setup.xhtml, the first-run setup: the public address certificates print. Also tells the layout
 * whether to warn admins that the setup is not complete.
 */
@Named("setup")
@RequestScoped
public class SetupPage {

    @Inject
    private FirstRunSetup firstRun;

    @Inject
    private Settings settings;

    @Inject
    private CurrentActor currentActor;

    private String publicUrl;

    @PostConstruct
    void load() {
        publicUrl = firstRun.isComplete() ? settings.publicUrl() : null;
    }

    public String save() {
        try {
            String stored = firstRun.setPublicUrl(currentActor.get(), publicUrl);
            Messages.addFlashGlobalInfo("Saved. Certificates now link to {0}/verify.xhtml with their code.", stored);
            return "/admin/setup?faces-redirect=true";
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public boolean isComplete() {
        return firstRun.isComplete();
    }

    /** What CareLearn uses now (until the setup is complete: its guess from this machine's port). */
    public String getCurrentPublicUrl() {
        return settings.publicUrl();
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }
}
