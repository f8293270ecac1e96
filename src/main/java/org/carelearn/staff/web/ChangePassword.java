package org.carelearn.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.SignIns;
import org.carelearn.staff.domain.PasswordPolicy;
import org.omnifaces.util.Messages;

/** The signed-in person chooses a new password; required after a temporary one. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    private Accounts accounts;

    @Inject
    private SignIns signIns;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CurrentActor currentActor;

    private String current;
    private String replacement;
    private String confirmation;

    public String change() {
        try {
            accounts.changeOwnPassword(currentActor.get(), chars(current), chars(replacement), chars(confirmation));
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
        signIns.current(currentActor.get().username()).ifPresent(currentUser::signedIn);
        Messages.addFlashGlobalInfo("Your password has been changed.");
        return "/index?faces-redirect=true";
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
