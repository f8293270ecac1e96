package org.carelearn.casework.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.DateStyle;

/**
 * A patient-relations case: a complaint or a grievance, as the patient relations team records it, works it and
 * answers it. It changes only through the named steps below, each refusing what its status does not allow, and
 * keeps every status it passed through. Outside this context a case is known by its opaque {@link #getPublicId()}
 * only, never by anything of the patient.
 */
@Entity
@Table(name = "CASE_RECORD")
@NamedQuery(name = "CaseRecord.byPublicId", query = "SELECT c FROM CaseRecord c WHERE c.publicId = :publicId")
@NamedQuery(name = "CaseRecord.byExternalNumber",
        query = "SELECT c FROM CaseRecord c WHERE c.externalNumber = :number")
@NamedQuery(name = "CaseRecord.externalNumbers",
        query = "SELECT c.externalNumber FROM CaseRecord c WHERE c.externalNumber IS NOT NULL")
@NamedQuery(name = "CaseRecord.count", query = "SELECT COUNT(c) FROM CaseRecord c")
public class CaseRecord {

    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_REASON = 500;
    private static final Pattern EXTERNAL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-/_.]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CASE_RECORD_SEQ")
    @SequenceGenerator(name = "CASE_RECORD_SEQ", sequenceName = "CASE_RECORD_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "PUBLIC_ID", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "EXTERNAL_NUMBER", updatable = false, length = 40)
    private String externalNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 16)
    private Channel channel;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "RAISED_BY", nullable = false, length = 24)
    private RaisedBy raisedBy;

    @Embedded
    private PatientReference patient;

    @Column(name = "DEPARTMENT_CODE", nullable = false, length = 32)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 32)
    private StageOfCare stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEVERITY", nullable = false, length = 8)
    private Severity severity;

    @Column(name = "SUMMARY", nullable = false, length = MAX_SUMMARY)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "CASE_RECORD_CATEGORY", joinColumns = @JoinColumn(name = "CASE_ID"))
    @Column(name = "CATEGORY_CODE", length = 40)
    private Set<String> categories = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "CASE_RECORD_STAFF", joinColumns = @JoinColumn(name = "CASE_ID"))
    @Column(name = "EMPLOYEE_ID", length = 32)
    private Set<String> staffInvolved = new TreeSet<>();

    @Column(name = "OWNER_EMPLOYEE_ID", length = 32)
    private String ownerEmployeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private CaseStatus status;

    @ElementCollection
    @CollectionTable(name = "CASE_STATUS_CHANGE", joinColumns = @JoinColumn(name = "CASE_ID"))
    @OrderBy("at")
    private List<StatusChange> history = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CASE_ENTRY", joinColumns = @JoinColumn(name = "CASE_ID"))
    @OrderBy("at")
    private List<CaseEntry> entries = new ArrayList<>();

    /** The day it became a grievance: the clock runs from here. Null for a complaint. */
    @Column(name = "GRIEVANCE_SINCE")
    private LocalDate grievanceSince;

    /** The response period in force when it became a grievance, so that changing the setting moves no clock. */
    @Column(name = "RESPONSE_DAYS")
    private Integer responseDays;

    @ElementCollection
    @CollectionTable(name = "CASE_FOLLOW_UP", joinColumns = @JoinColumn(name = "CASE_ID"))
    @OrderBy("recordedAt")
    private List<FollowUpNotice> notices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "CASE_OWNER_OVERRIDE", joinColumns = @JoinColumn(name = "CASE_ID"))
    @OrderBy("at")
    private List<OwnerOverride> overrides = new ArrayList<>();

    @Embedded
    private WrittenResponse response;

    @Column(name = "FIRST_RESPONDED_ON")
    private LocalDate firstRespondedOn;

    @Column(name = "RESOLUTION", length = MAX_SUMMARY)
    private String resolution;

    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "RECORDED_BY", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CaseRecord() {
    }

    /**
     * Records a new case, received. A written one must be a grievance, and a grievance's clock starts on the day
     * it was received.
     *
     * @param responseDays the grievance response period in force today
     */
    public static CaseRecord receive(CaseIntake intake, LocalDate today, int responseDays, Instant at, String by) {
        CaseRecord c = new CaseRecord();
        c.publicId = UUID.randomUUID().toString();
        if (intake.externalNumber() != null && !intake.externalNumber().isBlank()) {
            String number = intake.externalNumber().strip();
            if (!EXTERNAL_NUMBER.matcher(number).matches()) {
                throw new BusinessRuleException("A case number from the complaint system is 1 to 40 letters, digits,"
                        + " '-', '/', '_' or '.'");
            }
            c.externalNumber = number;
        }
        c.describe(intake, today);
        c.recordedAt = Objects.requireNonNull(at);
        c.recordedBy = Objects.requireNonNull(by);
        c.status = CaseStatus.RECEIVED;
        c.history.add(new StatusChange(CaseStatus.RECEIVED, at, by, null));
        if (c.kind == CaseKind.GRIEVANCE) {
            c.startClock(c.receivedOn, responseDays);
        }
        return c;
    }

    /**
     * Corrects what intake recorded (the complaint system sends a case again with changes). A grievance stays
     * one; a complaint the correction makes a grievance starts its clock on the day it was received.
     *
     * @return whether anything changed
     */
    public boolean revise(CaseIntake intake, LocalDate today, int responseDays) {
        if (status == CaseStatus.CLOSED) {
            throw new BusinessRuleException("The case is closed; reopen it before changing what intake recorded");
        }
        if (kind == CaseKind.GRIEVANCE && intake.kind() == CaseKind.COMPLAINT) {
            throw new BusinessRuleException("This case is a grievance; a grievance does not become a complaint again");
        }
        boolean wasComplaint = kind == CaseKind.COMPLAINT;
        CaseIntake before = intake();
        describe(intake, today);
        if (wasComplaint && kind == CaseKind.GRIEVANCE) {
            startClock(receivedOn, responseDays);
        }
        return !before.equals(intake());
    }

    private void describe(CaseIntake intake, LocalDate today) {
        if (intake.kind() == null || intake.channel() == null || intake.raisedBy() == null || intake.stage() == null
                || intake.severity() == null) {
            throw new BusinessRuleException("Choose the kind, the channel, who raised it, the stage of care and the"
                    + " severity");
        }
        if (intake.kind() == CaseKind.COMPLAINT && intake.channel().isWritten()) {
            throw new BusinessRuleException("A written complaint (" + intake.channel().getLabel().toLowerCase()
                    + ") is always a grievance (42 CFR 482.13(a)(2)); record it as a grievance");
        }
        if (intake.receivedOn() == null || intake.receivedOn().isAfter(today)) {
            throw new BusinessRuleException("Give the day the case was received: today or earlier");
        }
        if (intake.patient() == null) {
            throw new BusinessRuleException("Give the patient's record number and initials");
        }
        if (intake.departmentCode() == null || intake.departmentCode().isBlank()) {
            throw new BusinessRuleException("Choose the department the case concerns");
        }
        if (intake.categories().isEmpty()) {
            throw new BusinessRuleException("Choose at least one category");
        }
        String text = intake.summary() == null ? "" : intake.summary().strip();
        if (text.isEmpty() || text.length() > MAX_SUMMARY) {
            throw new BusinessRuleException("Describe the case in 1 to " + MAX_SUMMARY + " characters");
        }
        kind = intake.kind();
        channel = intake.channel();
        receivedOn = intake.receivedOn();
        raisedBy = intake.raisedBy();
        patient = intake.patient();
        departmentCode = intake.departmentCode().strip();
        stage = intake.stage();
        severity = intake.severity();
        summary = text;
        categories.clear();
        categories.addAll(intake.categories());
        staffInvolved.clear();
        staffInvolved.addAll(intake.staffInvolved());
    }

    /** What intake recorded, as it stands. */
    public CaseIntake intake() {
        return new CaseIntake(externalNumber, kind, channel, receivedOn, raisedBy, patient, departmentCode, stage,
                new TreeSet<>(categories), severity, summary, new TreeSet<>(staffInvolved));
    }

    private void startClock(LocalDate since, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("response days must be positive");
        }
        grievanceSince = since;
        responseDays = days;
    }

    /**
     * A verbal complaint that the staff present could not resolve promptly becomes a grievance (CMS, tag A-0118);
     * its clock starts on that day.
     */
    public void becomeGrievance(String reason, LocalDate on, int days, Instant at, String by) {
        if (kind == CaseKind.GRIEVANCE) {
            throw new BusinessRuleException("The case is already a grievance");
        }
        requireOpen("make it a grievance");
        String why = reason(reason, "Say why it became a grievance (not resolved promptly, needs investigation,"
                + " the patient asked)");
        kind = CaseKind.GRIEVANCE;
        startClock(on, days);
        history.add(new StatusChange(status, at, by, "Became a grievance: " + why));
    }

    /**
     * Gives the case to an owner. A grievance goes only to someone who currently holds every competency a
     * grievance's owner needs, unless a manager overrides it with a reason; the override is kept on the case.
     *
     * @param fitness what the candidate holds, as the competency context says today
     * @param overrideReason the manager's reason, or null when none is given
     * @param byManager whether the person giving it is a manager
     * @return the override, when one was needed and made
     */
    public Optional<OwnerOverride> giveTo(OwnerFitness fitness, String overrideReason, boolean byManager,
            Instant at, String by) {
        requireOpen("change its owner");
        String name = fitness.displayName() == null ? fitness.employeeId() : fitness.displayName();
        if (kind != CaseKind.GRIEVANCE || fitness.fitForGrievance()) {
            assignOwner(fitness.employeeId(), at, by);
            return Optional.empty();
        }
        String lacking = String.join(", ", fitness.notHeld());
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new BusinessRuleException(name + " is not currently competent in " + lacking + ", which the owner"
                    + " of a grievance must be. Choose someone who is, or a manager may override with a reason.");
        }
        if (!byManager) {
            throw new BusinessRuleException(name + " is not currently competent in " + lacking + ": only a manager"
                    + " may give them a grievance, with a reason");
        }
        String why = reason(overrideReason, "Say why the grievance goes to them all the same");
        if (fitness.employeeId().equals(ownerEmployeeId)) {
            throw new BusinessRuleException(name + " owns the case already");
        }
        ownerEmployeeId = fitness.employeeId();
        OwnerOverride override = new OwnerOverride(fitness.employeeId(), lacking, why, at, by);
        overrides.add(override);
        history.add(new StatusChange(status, at, by, cut("Owner: " + fitness.employeeId()
                + " (manager override: not competent in " + lacking + "): " + why)));
        return Optional.of(override);
    }

    private static String cut(String note) {
        return note.length() <= MAX_REASON ? note : note.substring(0, MAX_REASON - 1) + "\u2026";
    }

    /**
     * Records the owner another system already gave the case (the complaint system's import, the demo data); the
     * owner dialog and intake give it through {@link #giveTo}.
     */
    public void assignOwner(String employeeId, Instant at, String by) {
        requireOpen("change its owner");
        if (employeeId.equals(ownerEmployeeId)) {
            return;
        }
        this.ownerEmployeeId = Objects.requireNonNull(employeeId);
        history.add(new StatusChange(status, at, by, "Owner: " + employeeId));
    }

    public void acknowledge(Instant at, String by) {
        move(CaseStatus.ACKNOWLEDGED, Set.of(CaseStatus.RECEIVED), at, by, null,
                "Only a case just received is acknowledged");
    }

    public void startInvestigation(Instant at, String by) {
        move(CaseStatus.INVESTIGATING, Set.of(CaseStatus.ACKNOWLEDGED, CaseStatus.REOPENED), at, by, null,
                "Acknowledge the case before investigating it");
    }

    public void addNote(String text, Instant at, String by) {
        addEntry(CaseEntry.Kind.INVESTIGATION_NOTE, text, at, by);
    }

    public void addServiceRecovery(String text, Instant at, String by) {
        addEntry(CaseEntry.Kind.SERVICE_RECOVERY, text, at, by);
    }

    private void addEntry(CaseEntry.Kind entryKind, String text, Instant at, String by) {
        requireOpen("add to it");
        String t = required(text, "Write the " + entryKind.getLabel().toLowerCase());
        if (t.length() > CaseEntry.MAX_TEXT) {
            throw new BusinessRuleException("An entry is at most " + CaseEntry.MAX_TEXT + " characters");
        }
        entries.add(new CaseEntry(entryKind, at, by, t));
    }

    /**
     * Records the follow-up notice sent to the patient when the investigation needs longer, with the new date by
     * which the written response will come.
     */
    public void recordFollowUpNotice(LocalDate sentOn, LocalDate newDueOn, LocalDate today, Instant at, String by) {
        if (kind != CaseKind.GRIEVANCE) {
            throw new BusinessRuleException("Only a grievance has a response date to move");
        }
        if (status != CaseStatus.ACKNOWLEDGED && status != CaseStatus.INVESTIGATING && status != CaseStatus.RECEIVED) {
            throw new BusinessRuleException("A follow-up notice is for a grievance still being worked on, not one "
                    + status.getLabel().toLowerCase());
        }
        if (sentOn == null || sentOn.isAfter(today) || sentOn.isBefore(grievanceSince)) {
            throw new BusinessRuleException("Give the day the notice was sent: not before the grievance, not after"
                    + " today");
        }
        LocalDate due = clock().orElseThrow().dueOn();
        if (newDueOn == null || !newDueOn.isAfter(due) || !newDueOn.isAfter(sentOn)) {
            throw new BusinessRuleException("The notice's new date must come after the current due date ("
                    + DateStyle.date(due) + ") and after the day it was sent");
        }
        notices.add(new FollowUpNotice(sentOn, newDueOn, at, by));
    }

    /** Sends the written response; the case is then responded, awaiting closure. */
    public void respond(WrittenResponse written, LocalDate today, Instant at, String by) {
        if (written == null) {
            throw new BusinessRuleException("Write the response");
        }
        written.check(kind, today);
        move(CaseStatus.RESPONDED, Set.of(CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.INVESTIGATING,
                CaseStatus.REOPENED), at, by, null, "The case has already been answered");
        response = written;
        if (firstRespondedOn == null) {
            firstRespondedOn = written.getCompletedOn();
        }
    }

    /** Closes an answered case with its resolution. */
    public void close(String resolutionText, Instant at, String by) {
        String r = required(resolutionText, "Write the resolution");
        if (r.length() > MAX_SUMMARY) {
            throw new BusinessRuleException("The resolution is at most " + MAX_SUMMARY + " characters");
        }
        move(CaseStatus.CLOSED, Set.of(CaseStatus.RESPONDED), at, by, null,
                "Send the written response before closing the case");
        resolution = r;
    }

    /** Reopens an answered or closed case (the patient came back); the first response keeps its date. */
    public void reopen(String reason, Instant at, String by) {
        String why = reason(reason, "Say why the case is reopened");
        move(CaseStatus.REOPENED, Set.of(CaseStatus.RESPONDED, CaseStatus.CLOSED), at, by, why,
                "Only an answered or closed case is reopened");
    }

    private void move(CaseStatus to, Set<CaseStatus> from, Instant at, String by, String note, String refusal) {
        if (!from.contains(status)) {
            throw new BusinessRuleException(refusal + " (it is " + status.getLabel().toLowerCase() + ")");
        }
        status = to;
        history.add(new StatusChange(to, Objects.requireNonNull(at), Objects.requireNonNull(by), note));
    }

    private void requireOpen(String what) {
        if (status == CaseStatus.CLOSED) {
            throw new BusinessRuleException("The case is closed; reopen it to " + what);
        }
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException(message);
        }
        return text.strip();
    }

    private static String reason(String text, String message) {
        String t = required(text, message);
        if (t.length() > MAX_REASON) {
            throw new BusinessRuleException("A reason is at most " + MAX_REASON + " characters");
        }
        return t;
    }

    /** The grievance clock, for a grievance. */
    public Optional<GrievanceClock> clock() {
        if (kind != CaseKind.GRIEVANCE) {
            return Optional.empty();
        }
        return Optional.of(new GrievanceClock(grievanceSince, responseDays, notices, firstRespondedOn));
    }

    public boolean names(String employeeId) {
        return staffInvolved.contains(employeeId);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getExternalNumber() {
        return externalNumber;
    }

    public CaseKind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public RaisedBy getRaisedBy() {
        return raisedBy;
    }

    public PatientReference getPatient() {
        return patient;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public StageOfCare getStage() {
        return stage;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getSummary() {
        return summary;
    }

    public Set<String> getCategories() {
        return Collections.unmodifiableSet(categories);
    }

    public Set<String> getStaffInvolved() {
        return Collections.unmodifiableSet(staffInvolved);
    }

    public String getOwnerEmployeeId() {
        return ownerEmployeeId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public List<CaseEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }

    public List<FollowUpNotice> getNotices() {
        return Collections.unmodifiableList(notices);
    }

    public List<OwnerOverride> getOverrides() {
        return Collections.unmodifiableList(overrides);
    }

    public WrittenResponse getResponse() {
        return response;
    }

    public String getResolution() {
        return resolution;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** Deliberately only the opaque id: a case printed into a log must not carry the patient. */
    @Override
    public String toString() {
        return "CaseRecord[" + publicId + "]";
    }
}
