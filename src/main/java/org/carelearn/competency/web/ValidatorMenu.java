package org.carelearn.competency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.competency.application.validation.ObservedValidations;
import org.carelearn.platform.security.CurrentPerson;

/** Whether the menu offers the validation worklist: to people who hold an approval, whatever their roles. */
@Named
@RequestScoped
public class ValidatorMenu {

    @Inject
    private ObservedValidations validations;

    @Inject
    private CurrentPerson currentPerson;

    private Boolean validator;

    public boolean isValidator() {
        if (validator == null) {
            String me = currentPerson.employeeId();
            validator = me != null && validations.isValidator(me);
        }
        return validator;
    }
}
