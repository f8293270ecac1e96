package org.carelearn.competency.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.carelearn.competency.application.CompetencyAuthority;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.validation.PriorLearning;
import org.carelearn.competency.application.validation.RequestView;
import org.carelearn.competency.application.validation.SelfAssessments;
import org.carelearn.competency.application.validation.ValidationRequests;
import org.carelearn.competency.domain.EvidenceDocumentContent;
import org.carelearn.competency.domain.ProficiencyLevel;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The validation and evidence part of a person's competency profile (competency/profile.xhtml, through
 * WEB-INF/includes/competency-evidence.xhtml):
 * their requests for an observed validation ("requested on ..., waiting for a validator") and a new one; their
 * self-assessment, when it is their own profile; prior learning with a document, when a manager of theirs reads
 * it. Anyone else gets 403, which the audit trail records.
 */
@Named
@ViewScoped
public class EvidenceActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "employeeId")
    private String employeeIdParam;

    @Inject
    private CompetencyAuthority authority;

    @Inject
    private ValidationRequests requests;

    @Inject
    private SelfAssessments selfAssessments;

    @Inject
    private PriorLearning priorLearning;

    @Inject
    private Frameworks frameworks;

    @Inject
    private StaffDirectory directory;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private StaffPerson person;
    private List<RequestView> personRequests;
    private List<CompetencyEntry> competencies;
    private List<SelectItem> competencyChoices;
    private final EvidenceChoice request = new EvidenceChoice();
    private final EvidenceChoice self = new EvidenceChoice();
    private final EvidenceChoice prior = new EvidenceChoice();
    private transient Part document;
    /** Asked once at load: each asks staff for the line above the person, and a page evaluates them many times. */
    private boolean mayRequest;
    private boolean managerOfPerson;

    /** After the profile's own load, which has already answered 403 to someone who may not see it. */
    public void load() throws IOException {
        if (person != null || Faces.isResponseComplete()) {
            return;
        }
        SignedInPerson me = currentPerson.get().orElse(null);
        String wanted = employeeIdParam == null || employeeIdParam.isBlank() ? currentPerson.employeeId()
                : employeeIdParam.strip();
        boolean allowed = authority.mayRead(me, wanted);
        person = allowed ? directory.person(wanted).orElse(null) : null;
        if (person == null) {
            Faces.responseSendError(403, "Not a competency record you may see");
            return;
        }
        competencies = frameworks.competencies();
        // built once: three menus of 40 competencies as EL method calls were a reflective look-up per item
        competencyChoices = competencies.stream().map(c -> new SelectItem(c.identifier(),
                (c.competency().code() == null ? "" : c.competency().code()) + " " + c.title())).toList();
        personRequests = requests.of(person.employeeId());
        mayRequest = me != null && requests.mayAskFor(me, person.employeeId());
        managerOfPerson = mayRequest && !isOwn() && me.has(Role.MANAGER);
    }

    public void requestValidation() {
        act(() -> {
            requests.request(currentActor.get(), me(), person.employeeId(), request.getCompetency(),
                    request.getComment());
            Messages.addGlobalInfo("Validation of {0} requested: it waits for an approved validator.",
                    title(request.getCompetency()));
            request.clear();
        });
    }

    public void withdraw(RequestView view) {
        act(() -> {
            requests.withdraw(currentActor.get(), me(), view.id());
            Messages.addGlobalInfo("The request to validate {0} is withdrawn.", view.competencyTitle());
        });
    }

    public void assessSelf() {
        act(() -> {
            selfAssessments.assess(currentActor.get(), me(), self.getCompetency(), self.getLevel(), self.getComment());
            Messages.addFlashGlobalInfo("Your self-assessment of {0} is recorded. It is shown beside the rest; a"
                    + " course, a validation or prior learning shows the competency.", title(self.getCompetency()));
            showProfileAgain();
        });
    }

    public void attestPriorLearning() {
        act(() -> {
            if (document == null || document.getSize() == 0) {
                throw new BusinessRuleException("Attach the document the prior learning rests on (a PDF or an image)");
            }
            EvidenceDocumentContent.requireSize(document.getSubmittedFileName(), document.getSize());
            byte[] content;
            try (InputStream in = document.getInputStream()) {
                content = in.readNBytes(EvidenceDocumentContent.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new BusinessRuleException("The document could not be read; attach it again");
            }
            priorLearning.attest(currentActor.get(), me(), person.employeeId(), prior.getCompetency(),
                    prior.getLevel(), prior.getComment(), document.getSubmittedFileName(), content);
            Messages.addFlashGlobalInfo("Prior learning in {0} recorded for {1}.", title(prior.getCompetency()),
                    person.displayName());
            showProfileAgain();
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
        personRequests = requests.of(person.employeeId());
    }

    /** Post-Redirect-Get: the profile shows the new evidence and its status from a fresh read. */
    private void showProfileAgain() {
        Faces.redirect("competency/profile.xhtml?employeeId=%s", person.employeeId());
    }

    private SignedInPerson me() {
        return currentPerson.get().orElseThrow(() -> new BusinessRuleException("Sign in again"));
    }

    private String title(String identifier) {
        return competencies.stream().filter(c -> c.identifier().equals(identifier)).map(CompetencyEntry::title)
                .findFirst().orElse(identifier);
    }

    /** The levels of the competency chosen in that form, or of the first competency's scale before a choice. */
    public List<ProficiencyLevel> levelsFor(String competencyIdentifier) {
        return competencies.stream().filter(c -> competencyIdentifier == null
                || c.identifier().equals(competencyIdentifier)).findFirst().map(c -> c.scale().levels())
                .orElse(List.of());
    }

    public boolean isOwn() {
        return person != null && person.employeeId().equalsIgnoreCase(String.valueOf(currentPerson.employeeId()));
    }

    /** A manager above the person (never the person themself) attests prior learning. */
    public boolean isManagerOfPerson() {
        return managerOfPerson;
    }

    public boolean isMayRequest() {
        return mayRequest;
    }

    public StaffPerson getPerson() {
        return person;
    }

    public List<RequestView> getRequests() {
        return personRequests;
    }

    /** The competencies as the evidence forms' menus offer them: "code title". */
    public List<SelectItem> getCompetencyChoices() {
        return competencyChoices;
    }

    public EvidenceChoice getRequest() {
        return request;
    }

    public EvidenceChoice getSelf() {
        return self;
    }

    public EvidenceChoice getPrior() {
        return prior;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
