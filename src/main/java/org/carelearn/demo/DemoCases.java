package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.carelearn.casework.domain.CaseFilter;
import org.carelearn.casework.domain.CaseIntake;
import org.carelearn.casework.domain.CaseKind;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.casework.domain.Channel;
import org.carelearn.casework.domain.PatientReference;
import org.carelearn.casework.domain.RaisedBy;
import org.carelearn.casework.domain.Severity;
import org.carelearn.casework.domain.StageOfCare;
import org.carelearn.casework.domain.WrittenResponse;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPlacement;

/**
 * About 300 fictional cases over the last 18 months across the demo departments, drawn from a fixed seed so that
 * every demo shows the same ones. The mix is modelled on what the complaint literature reports: HCAT's review of
 * 88 studies found problems split roughly evenly between clinical, management and relationship domains (Reader,
 * Gillespie and Roberts 2014), most complaints are low severity, most are resolved promptly as complaints, and a
 * share become grievances, a few of which run late. Patient references are fictional ("LRP-" and six digits,
 * with random initials) and match nothing real.
 */
@ApplicationScoped
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());
    static final int CASES = 300;
    private static final String[] LIAISONS = {"LR2002", "LR2003", "LR2004", "LR2005", "LR2007"};
    /** Share of cases per department, in percent; patient-facing departments hear most. */
    private static final Map<String, Integer> DEPARTMENTS = weights("ONC-INPT", 28, "INFUSION", 20, "REGISTRATION",
            16, "RADONC", 12, "PALLIATIVE", 9, "SURVIVORSHIP", 7, "SOCWORK", 4, "CHAPLAINCY", 4);
    /** The main category's share, in percent: clinical 34, management 35, relationships 31, as HCAT's review. */
    private static final Map<String, Integer> CATEGORIES = weights("QUALITY", 20, "SAFETY", 11, "END_OF_LIFE", 3,
            "INSTITUTIONAL_PROCESSES", 16, "ENVIRONMENT", 10, "BILLING", 9, "COMMUNICATION", 14, "LISTENING", 6,
            "RESPECT_PATIENT_RIGHTS", 6, "LANGUAGE_ACCESS", 3, "CULTURAL_SPIRITUAL", 2);
    private static final String[] SUMMARIES = {
        "Family felt they were not kept informed of changes to the care plan.",
        "Long wait in the infusion chair before treatment started.",
        "Patient felt her concerns about pain were not listened to.",
        "Appointment letter gave the wrong clinic and time.",
        "No interpreter was available for the consent conversation.",
        "Room was noisy overnight and the patient could not rest.",
        "Bill included a charge for a visit that did not happen.",
        "Request for a chaplain was not passed on.",
        "Medication was given later than scheduled.",
        "Staff member was abrupt at the front desk.",
    };

    @Inject
    private Settings settings;

    @Inject
    private StaffDirectory directory;

    @Inject
    private CaseRepository cases;

    @Inject
    private HospitalTime time;

    @Transactional
    void loadOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 30) Startup startup) {
        if (!settings.loadDemoData() || directory.find("LR2002").isEmpty()
                || !cases.search(CaseFilter.all(), 1).isEmpty()) {
            return;
        }
        Map<String, List<String>> staffByDepartment = new LinkedHashMap<>();
        for (StaffPlacement p : directory.activePlacements()) {
            staffByDepartment.computeIfAbsent(p.departmentCode(), d -> new ArrayList<>()).add(p.employeeId());
        }
        Random random = new Random(2026);
        LocalDate today = time.today();
        ZoneId zone = time.getZone();
        for (int i = 0; i < CASES; i++) {
            cases.add(demoCase(i, random, today, zone, staffByDepartment));
        }
        LOG.info("Recorded the demo hospital's " + CASES + " fictional patient-relations cases");
    }

    private CaseRecord demoCase(int i, Random random, LocalDate today, ZoneId zone,
            Map<String, List<String>> staffByDepartment) {
        LocalDate received = today.minusDays(random.nextInt(548));
        boolean grievance = random.nextInt(100) < 22;
        Channel channel = grievance && random.nextBoolean()
                ? new Channel[] {Channel.LETTER, Channel.EMAIL, Channel.WEB_FORM}[random.nextInt(3)]
                : random.nextInt(3) == 0 ? Channel.TELEPHONE : Channel.IN_PERSON;
        String department = pick(DEPARTMENTS, random);
        Set<String> categories = new LinkedHashSet<>();
        categories.add(pick(CATEGORIES, random));
        if (random.nextInt(100) < 30) {
            categories.add(pick(CATEGORIES, random));
        }
        int s = random.nextInt(100);
        Severity severity = s < 62 ? Severity.LOW : s < 91 ? Severity.MEDIUM : Severity.HIGH;
        List<String> staff = staffByDepartment.getOrDefault(department, List.of());
        Set<String> involved = staff.isEmpty() || random.nextInt(100) < 35 ? Set.of()
                : Set.of(staff.get(random.nextInt(staff.size())));
        String initials = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        CaseIntake intake = new CaseIntake(null, grievance && channel.isWritten() ? CaseKind.GRIEVANCE
                : CaseKind.COMPLAINT, channel, received, RaisedBy.values()[random.nextInt(3)],
                PatientReference.of(String.format("LRP-%06d", 100000 + random.nextInt(900000)), initials), department,
                StageOfCare.values()[random.nextInt(StageOfCare.values().length)], categories, severity,
                SUMMARIES[random.nextInt(SUMMARIES.length)], involved);
        String owner = LIAISONS[random.nextInt(LIAISONS.length)];
        Instant at = received.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60))).atZone(zone).toInstant();
        CaseRecord c = CaseRecord.receive(intake, received, 7, at, "lr2002");
        c.assignOwner(owner, at, "lr2002");
        long age = today.toEpochDay() - received.toEpochDay();
        if (grievance && intake.kind() == CaseKind.COMPLAINT) {
            c.becomeGrievance("Could not be resolved by the staff present", received, 7, at.plusSeconds(3600),
                    "lr2002");
        }
        if (age >= 1 || random.nextBoolean()) {
            c.acknowledge(at.plusSeconds(7200), "lr2002");
        }
        if (c.getKind() == CaseKind.GRIEVANCE) {
            progressGrievance(c, random, received, today, at);
        } else if (age >= 3) {
            LocalDate done = received.plusDays(random.nextInt(3));
            c.respond(new WrittenResponse(null, null, "Explained and put right with the patient on the day.", done),
                    done, at.plusSeconds(86_400L * (done.toEpochDay() - received.toEpochDay()) + 3600), "lr2002");
            c.close("Resolved promptly.", at.plusSeconds(86_400L * (done.toEpochDay() - received.toEpochDay())
                    + 7200), "lr2002");
        }
        return c;
    }

    /** Most answered within 7 days; some after a follow-up notice; a few late; recent ones still open. */
    private static void progressGrievance(CaseRecord c, Random random, LocalDate received, LocalDate today,
            Instant at) {
        if (c.getStatus() != org.carelearn.casework.domain.CaseStatus.ACKNOWLEDGED) {
            return;
        }
        c.startInvestigation(at.plusSeconds(86_400), "lr2002");
        int r = random.nextInt(100);
        int days = r < 70 ? 2 + random.nextInt(5) : r < 88 ? 12 + random.nextInt(8) : 9 + random.nextInt(6);
        if (r >= 70 && r < 88 && !received.plusDays(6).isAfter(today)) {
            c.recordFollowUpNotice(received.plusDays(6), received.plusDays(21), received.plusDays(6),
                    at.plusSeconds(86_400L * 6), "lr2002");
        }
        LocalDate done = received.plusDays(days);
        if (done.isAfter(today)) {
            return;
        }
        Instant doneAt = at.plusSeconds(86_400L * days);
        c.respond(new WrittenResponse("Grace Nakamura, Patient Relations Manager",
                "Reviewed the record and spoke with the staff involved.",
                "We apologised and changed how this is handled on the unit.", done), done, doneAt, "lr2002");
        if (done.plusDays(5).isBefore(today)) {
            c.close("Response accepted by the patient.", doneAt.plusSeconds(86_400L * 5), "lr2002");
        }
    }

    private static Map<String, Integer> weights(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static String pick(Map<String, Integer> weights, Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int n = random.nextInt(total);
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            n -= e.getValue();
            if (n < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }
}
