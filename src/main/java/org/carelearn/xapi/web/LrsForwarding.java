package org.carelearn.xapi.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.xapi.application.StatementForwarding;
import org.carelearn.xapi.application.StatementForwarding.Status;
import org.omnifaces.util.Messages;

/**
 * admin/lrs-forwarding.xhtml: where the LRS forwards its statements, and how far it got. The secret field
 * starts empty every time; left empty, the stored secret stays.
 */
@Named
@ViewScoped
public class LrsForwarding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private StatementForwarding forwarding;

    private String endpoint;
    private String key;
    private String secret;
    private boolean enabled;
    private Status status;

    @PostConstruct
    void load() {
        refresh();
        endpoint = status.endpoint();
        key = status.key();
        enabled = status.enabled();
    }

    /** Reloads the progress figures (the page polls). */
    public void refresh() {
        status = forwarding.status();
    }

    public void save() {
        try {
            forwarding.configure(currentActor.get(), endpoint, key, secret, enabled);
            Messages.addGlobalInfo(enabled ? "Saved. Statements are forwarded to {0}." : "Saved. Forwarding is off.",
                    endpoint);
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        } finally {
            secret = null;
            refresh();
        }
    }

    public void sendNow() {
        forwarding.sendNow();
        Messages.addGlobalInfo("Sending now. The figures below update as it goes.");
        refresh();
    }

    public void testConnection() {
        try {
            Messages.addGlobalInfo("The external LRS answered; it speaks xAPI {0}.",
                    String.join(", ", forwarding.testConnection(endpoint, key, secret)));
        } catch (BusinessRuleException e) {
            Messages.addGlobalError("No connection: {0}", e.getMessage());
        } finally {
            secret = null;
        }
    }

    public Status getStatus() {
        return status;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** Always empty: the stored secret is never sent to the browser. */
    public String getSecret() {
        return null;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
