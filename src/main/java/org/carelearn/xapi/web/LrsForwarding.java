package org.carelearn.xapi.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.xapi.application.HeldStatements;
import org.carelearn.xapi.application.HeldStatements.Held;
import org.carelearn.xapi.application.HeldStatements.Retried;
import org.carelearn.xapi.application.StatementForwarding;
import org.carelearn.xapi.application.StatementForwarding.Status;
import org.omnifaces.util.Messages;

/**
 * admin/lrs-forwarding.xhtml: where the LRS forwards its statements, how far it got, and the statements the other
 * LRS refused for good, to send again or release. The secret field
 * starts empty every time; left empty, the stored secret stays.
 */
@Named
@ViewScoped
public class LrsForwarding implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HELD_SHOWN = 100;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private StatementForwarding forwarding;

    @Inject
    private HeldStatements heldStatements;

    private String endpoint;
    private String key;
    private String secret;
    private boolean enabled;
    private Status status;
    private List<Held> held;
    private long heldCount;

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
        heldCount = heldStatements.count();
        held = heldStatements.list(0, HELD_SHOWN);
    }

    /** Sends a held statement again and says how it went. */
    public void retry(String statementId) {
        try {
            Retried retried = heldStatements.retry(currentActor.get(), statementId);
            switch (retried.outcome()) {
                case ACCEPTED -> Messages.addGlobalInfo("Statement {0} was accepted by the external LRS and is no"
                        + " longer held.", statementId);
                case REFUSED_AGAIN -> Messages.addGlobalWarn("The external LRS refused statement {0} again: {1}",
                        statementId, retried.reason());
                case NOT_REACHED -> Messages.addGlobalError("Statement {0} is still held: the external LRS was not"
                        + " reached ({1}).", statementId, retried.reason());
            }
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        } finally {
            refresh();
        }
    }

    /** Gives up forwarding a held statement; it stays in CareLearn's LRS. */
    public void release(String statementId) {
        try {
            heldStatements.release(currentActor.get(), statementId);
            Messages.addGlobalInfo("Statement {0} is released: it stays in CareLearn''s LRS and will not be"
                    + " forwarded.", statementId);
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        } finally {
            refresh();
        }
    }

    public List<Held> getHeld() {
        return held;
    }

    /** All held statements, of which the page lists the oldest {@link #HELD_SHOWN}. */
    public long getHeldCount() {
        return heldCount;
    }

    public int getHeldShown() {
        return HELD_SHOWN;
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
