package org.carelearn.xapi.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.xapi.application.LrsClients;
import org.carelearn.xapi.domain.client.LrsClient;
import org.omnifaces.util.Messages;

/** admin/lrs-clients.xhtml: the systems allowed to use the LRS, new credentials, revoking them. */
@Named
@ViewScoped
public class LrsClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LrsClients clients;

    @Inject
    private Settings settings;

    @Inject
    private CurrentActor currentActor;

    // Entities, which stay on the node that read them: after a fail-over the other node reads them again
    private transient List<LrsClient> all;
    private String name;
    private boolean canRead = true;
    private boolean canWrite = true;
    private String issuedKey;
    private String issuedSecret;

    @PostConstruct
    void load() {
        all = clients.all();
    }

    public void create() {
        try {
            LrsClients.Issued issued = clients.create(currentActor.get(), name, canRead, canWrite);
            issuedKey = issued.client().getKey();
            issuedSecret = issued.secret();
            name = null;
            load();
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void deactivate(LrsClient client) {
        clients.deactivate(currentActor.get(), client.getKey());
        Messages.addGlobalInfo("Client " + client.getName() + " can no longer use the LRS.");
        load();
    }

    public String getEndpoint() {
        return settings.publicUrl() + "/xapi/";
    }

    public List<LrsClient> getAll() {
        if (all == null) {
            load();
        }
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCanRead() {
        return canRead;
    }

    public void setCanRead(boolean canRead) {
        this.canRead = canRead;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public void setCanWrite(boolean canWrite) {
        this.canWrite = canWrite;
    }

    /** The new client's key and secret, shown once right after creation. */
    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
