package org.carelearn.reporting.application.pack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.persistence.AfterCommit;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.domain.SurveyPackUsed;
import org.carelearn.staff.application.OrgUnit;
import org.carelearn.staff.application.Organisation;

/**
 * Survey-ready packs: leadership asks for one (a department, or a list of people), the builder makes it in the
 * background ({@link PackBuilder}, on the node holding its job lease), and it stays downloadable for
 * {@link #KEPT} after it was built, then the cleanup job deletes it. Every request and download is audited.
 */
@ApplicationScoped
public class SurveyPacks {

    /** How long a built pack stays downloadable. */
    public static final Duration KEPT = Duration.ofDays(1);
    /** The most people one pack may list. */
    static final int MOST_PEOPLE = 5_000;

    @Inject
    private PackStore store;

    @Inject
    private Organisation organisation;

    @Inject
    private HospitalTime time;

    @Inject
    private PackBuilder builder;

    @Inject
    private Event<SurveyPackUsed> used;

    @Inject
    private AfterCommit afterCommit;

    /** Asks for a pack of a department's people in active service. */
    @Transactional
    public PackView forDepartment(Actor actor, String departmentCode) {
        String code = departmentCode == null ? "" : departmentCode.strip().toUpperCase(Locale.ROOT);
        OrgUnit department = organisation.activeDepartments().stream().filter(d -> d.code().equals(code))
                .findFirst().orElseThrow(() -> new BusinessRuleException(code.isEmpty() ? "Choose a department"
                        : "No active department has the code \"" + code + "\""));
        List<String> people = store.employeeIdsOf(code);
        if (people.isEmpty()) {
            throw new BusinessRuleException("Nobody in active service works in " + department.name() + " yet");
        }
        return request(actor, new PackOrder(UUID.randomUUID().toString(), department.name(), code, List.of()),
                people.size());
    }

    /**
     * Asks for a pack of these people (employee ids separated by commas, spaces or lines), in the order given.
     * Someone not in active service is refused by their id.
     */
    @Transactional
    public PackView forPeople(Actor actor, String typedIds) {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream((typedIds == null ? "" : typedIds).split("[\\s,;]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).forEach(ids::add);
        if (ids.isEmpty()) {
            throw new BusinessRuleException("Give the employee ids of the people the pack is for");
        }
        if (ids.size() > MOST_PEOPLE) {
            throw new BusinessRuleException("A pack lists at most " + MOST_PEOPLE + " people; " + ids.size()
                    + " were given");
        }
        Set<String> held = Set.copyOf(store.held(ids));
        List<String> unknown = ids.stream().filter(id -> !held.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("Nobody in active service has the employee id "
                    + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
                    + (unknown.size() > 10 ? " (and " + (unknown.size() - 10) + " more)" : ""));
        }
        String title = ids.size() == 1 ? "Employee " + ids.iterator().next() : ids.size() + " people";
        return request(actor, new PackOrder(UUID.randomUUID().toString(), title, null, new ArrayList<>(ids)),
                ids.size());
    }

    private PackView request(Actor actor, PackOrder order, int people) {
        store.add(order, actor.username(), time.now(), people);
        used.fire(new SurveyPackUsed(actor, order.id(), false, "Survey-ready pack of " + order.title() + " ("
                + people + (people == 1 ? " person" : " people") + ") requested"));
        afterCommit.gather(PackBuilder.class, order.id(), requested -> builder.soon());
        return store.find(order.id()).orElseThrow();
    }

    /** The departments a pack may be asked for: the directory's active ones, by name. */
    public List<OrgUnit> departments() {
        return organisation.activeDepartments();
    }

    public List<PackView> recent() {
        return store.recent();
    }

    public Optional<PackView> find(String id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    public List<PackSummaryRow> summary(String id) {
        return store.summary(id);
    }

    /**
     * A ready pack's PDF ({@code pdf} true) or XLSX, and the download in the audit trail; an unknown pack is a
     * {@link NotFoundException}, one not ready or past its time a {@link BusinessRuleException} that says why.
     */
    public byte[] download(Actor actor, String id, boolean pdf) {
        PackView pack = find(id).orElseThrow(() -> new NotFoundException("No survey-ready pack has this id; packs"
                + " are deleted a day after they were built"));
        if (!pack.isReady()) {
            throw new BusinessRuleException("The pack of " + pack.title() + " is not ready: "
                    + pack.status().getLabel().toLowerCase(Locale.ROOT));
        }
        if (!time.now().isBefore(pack.expiresAt())) {
            throw new BusinessRuleException("The pack of " + pack.title() + " was downloadable for a day after it"
                    + " was built; ask for a new one");
        }
        byte[] file = store.file(id, pdf).orElseThrow(() -> new NotFoundException("The pack's file is gone"));
        used.fire(new SurveyPackUsed(actor, id, true, (pdf ? "PDF" : "XLSX") + " of the survey-ready pack of "
                + pack.title() + " (" + pack.peopleTotal() + " people) downloaded"));
        return file;
    }
}
