package org.carelearn.casework.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carelearn.casework.application.CaseIntakes;
import org.carelearn.casework.application.CasePeople;
import org.carelearn.casework.domain.CaseCategory;
import org.carelearn.casework.domain.CaseIntake;
import org.carelearn.casework.domain.CaseKind;
import org.carelearn.casework.domain.Channel;
import org.carelearn.casework.domain.PatientReference;
import org.carelearn.casework.domain.RaisedBy;
import org.carelearn.casework.domain.Severity;
import org.carelearn.casework.domain.StageOfCare;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.time.HospitalTime;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The intake form (cases/intake.xhtml): patient relations records a new case; the case checks it. */
@Named
@ViewScoped
public class CaseIntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseIntakes intakes;

    @Inject
    private CasePeople people;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private HospitalTime time;

    private CaseKind kind = CaseKind.COMPLAINT;
    private Channel channel = Channel.IN_PERSON;
    private LocalDate receivedOn;
    private RaisedBy raisedBy = RaisedBy.PATIENT;
    private String patientId;
    private String patientInitials;
    private String departmentCode;
    private StageOfCare stage;
    private List<String> categories = new ArrayList<>();
    private Severity severity = Severity.LOW;
    private String summary;
    private List<String> staffInvolved = new ArrayList<>();
    private String owner;

    public String submit() {
        try {
            CaseIntake intake = new CaseIntake(null, kind, channel, receivedOn == null ? time.today() : receivedOn,
                    raisedBy, PatientReference.of(patientId, patientInitials), departmentCode, stage,
                    Set.copyOf(categories), severity, summary, ids(staffInvolved));
            String id = intakes.receive(currentActor.get(), currentPerson.get().orElseThrow(), intake,
                    owner == null || owner.isBlank() ? null : CaseForms.idOf(owner));
            Messages.addFlashGlobalInfo("The {0} is recorded.", kind.getLabel().toLowerCase());
            return "/cases/case?faces-redirect=true&id=" + id;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    private static Set<String> ids(List<String> chosen) {
        Set<String> ids = new LinkedHashSet<>();
        chosen.forEach(c -> ids.add(CaseForms.idOf(c)));
        return ids;
    }

    public List<String> suggestPeople(String text) {
        return people.suggestions(text, 10);
    }

    public CaseKind[] getKinds() {
        return CaseKind.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public RaisedBy[] getRaisers() {
        return RaisedBy.values();
    }

    public StageOfCare[] getStages() {
        return StageOfCare.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public List<CaseCategory> getCategoryChoices() {
        return intakes.categories().stream().filter(CaseCategory::isActive).toList();
    }

    public java.util.Map<String, String> getDepartments() {
        return people.departments();
    }

    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public RaisedBy getRaisedBy() {
        return raisedBy;
    }

    public void setRaisedBy(RaisedBy raisedBy) {
        this.raisedBy = raisedBy;
    }

    public String getPatientId() {
        return patientId;
    }

    public void setPatientId(String patientId) {
        this.patientId = patientId;
    }

    public String getPatientInitials() {
        return patientInitials;
    }

    public void setPatientInitials(String patientInitials) {
        this.patientInitials = patientInitials;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public StageOfCare getStage() {
        return stage;
    }

    public void setStage(StageOfCare stage) {
        this.stage = stage;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getStaffInvolved() {
        return staffInvolved;
    }

    public void setStaffInvolved(List<String> staffInvolved) {
        this.staffInvolved = staffInvolved;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
