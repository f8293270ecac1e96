package org.carelearn.competency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.competency.application.validation.AttestationLocked;
import org.carelearn.competency.application.validation.ObservedValidations;
import org.carelearn.competency.application.validation.ValidationForm;
import org.carelearn.competency.application.validation.Verdict;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.staff.application.SignIns;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * competency/validate.xhtml?request=N: the validation form at the bedside. Each indicator met or not met with a
 * comment, the overall level from the framework's scale, and the validator's password to attest. A validator
 * who may not take the request sees why; someone approved for nothing gets 403. A wrong password counts towards
 * the sign-in lockout; the one that locks the account signs the validator out, to the sign-in page saying so.
 */
@Named
@ViewScoped
public class ValidationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "request")
    private Long requestId;

    @Inject
    private ObservedValidations validations;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private SignIns signIns;

    private ValidationForm form;
    private List<Mark> marks;
    private Integer level;
    private String comment;
    private String password;
    private boolean attested;

    /** One indicator as the form edits it: met (true), not met (false) or not marked yet (null). */
    public static final class Mark implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String identifier;
        private final String statement;
        private Boolean met;
        private String comment;

        Mark(IndicatorDefinition indicator) {
            this.identifier = indicator.identifier();
            this.statement = indicator.statement();
        }

        public String getIdentifier() {
            return identifier;
        }

        public String getStatement() {
            return statement;
        }

        public Boolean getMet() {
            return met;
        }

        public void setMet(Boolean met) {
            this.met = met;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        String me = currentPerson.employeeId();
        if (me == null || !validations.isValidator(me)) {
            Faces.responseSendError(403, "Only approved validators validate");
            return;
        }
        try {
            form = validations.form(me, requestId == null ? -1 : requestId);
            marks = new ArrayList<>(form.indicators().stream().map(Mark::new).toList());
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void attest() {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        List<Verdict> verdicts = marks.stream().filter(m -> m.getMet() != null)
                .map(m -> new Verdict(m.getIdentifier(), m.getMet(), m.getComment())).toList();
        try {
            if (level == null) {
                throw new BusinessRuleException("Choose the overall level you observed");
            }
            validations.attest(currentActor.get(), currentPerson.employeeId(), form.requestId(), verdicts, level,
                    comment, typed);
            attested = true;
            Messages.addGlobalInfo("Validation of {0} in {1} recorded at level {2}.", form.personName(),
                    form.competencyTitle(), level);
        } catch (AttestationLocked e) {
            signOutLocked();
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    /** The account is locked: this session ends too, and the sign-in page says why. */
    private void signOutLocked() {
        signIns.recordSessionEnded(currentActor.get(), "account locked after too many wrong passwords, the last"
                + " typed to attest an observed validation");
        try {
            Faces.getRequest().logout();
        } catch (ServletException e) {
            throw new IllegalStateException("The locked account could not be signed out", e);
        }
        Faces.invalidateSession();
        Faces.redirect("signin.xhtml?failure=locked");
    }

    public ValidationForm getForm() {
        return form;
    }

    public List<Mark> getMarks() {
        return marks;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAttested() {
        return attested;
    }
}
