package org.carelearn.competency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.carelearn.competency.application.validation.ObservedValidations;
import org.carelearn.competency.application.validation.WorklistItem;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.util.Faces;

/**
 * competency/worklist.xhtml: a validator's open requests, oldest first. Someone approved for nothing gets 403
 * (which the audit trail records), whatever their roles.
 */
@Named
@RequestScoped
public class ValidationWorklist {

    @Inject
    private ObservedValidations validations;

    @Inject
    private CurrentPerson currentPerson;

    private List<WorklistItem> items;

    public void load() throws IOException {
        String me = currentPerson.employeeId();
        if (me == null || !validations.isValidator(me)) {
            Faces.responseSendError(403, "Only approved validators have a worklist");
            return;
        }
        items = validations.worklist(me);
    }

    public List<WorklistItem> getItems() {
        return items;
    }
}
