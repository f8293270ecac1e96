package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.Requirement;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.notification.domain.CourseDue;
import org.carelearn.notification.domain.DigestLine;
import org.carelearn.notification.domain.Letter;
import org.carelearn.notification.domain.Letters;
import org.carelearn.notification.domain.MailStore;
import org.carelearn.notification.domain.Recipient;
import org.carelearn.notification.domain.ReminderPolicy;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;

/**
 * Works out every message due on a day: reminders, overdue notices and escalations for each open required
 * course with a due date, and each manager's digest on digest days. Managers hear only about people whose
 * chain of managers (staff's reporting lines) they are in, which is what "their line" means.
 */
@ApplicationScoped
public class DueMessages {

    /** People read per step: their requirements, contacts and preferences in a few queries each. */
    private static final int CHUNK = 500;

    @Inject
    private Requirements requirements;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Catalog catalog;

    @Inject
    private MailStore store;

    @Inject
    private MailSettings settings;

    public List<Letter> on(LocalDate today) {
        ReminderPolicy policy = settings.policy();
        Letters letters = settings.letters();
        Map<String, String> titles = catalog.courses().stream()
                .collect(Collectors.toMap(CourseSummary::courseIri, CourseSummary::title, (a, b) -> a));
        Optional<String> digestWeek = policy.digestWeek(today);
        Map<String, List<DigestLine>> digests = new LinkedHashMap<>();
        List<Letter> due = new ArrayList<>();
        List<String> people = requirements.peopleRequired();
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<String> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            Map<String, List<CourseDue>> open = openCourses(requirements.of(chunk, today), titles);
            if (open.isEmpty()) {
                continue;
            }
            Map<String, StaffContact> contacts = new LinkedHashMap<>(directory.contacts(open.keySet()));
            Set<String> managers = new HashSet<>();
            contacts.values().forEach(c -> managers.addAll(c.placement().managerChain()));
            managers.removeAll(contacts.keySet());
            contacts.putAll(directory.contacts(managers));
            Set<String> remindersOff = store.remindersOffAmong(open.keySet());
            open.forEach((employeeId, courses) -> {
                StaffContact contact = contacts.get(employeeId);
                if (contact == null || !contact.person().active()) {
                    return;
                }
                Recipient person = recipient(contact);
                List<String> chain = contact.placement().managerChain();
                for (CourseDue course : courses) {
                    if (reachable(contact)) {
                        policy.reminder(course.dueOn(), today).ifPresent(days -> {
                            if (!remindersOff.contains(employeeId)) {
                                due.add(letters.reminder(person, course, days, today));
                            }
                        });
                        if (policy.overdue(course.dueOn(), today)) {
                            due.add(letters.overdue(person, course));
                        }
                    }
                    if (policy.escalates(course.dueOn(), today) && !chain.isEmpty()) {
                        StaffContact to = contacts.get(chain.size() > 1 ? chain.get(1) : chain.get(0));
                        StaffContact manager = chain.size() > 1 ? contacts.get(chain.get(0)) : null;
                        if (reachable(to)) {
                            due.add(letters.escalation(recipient(to), person,
                                    manager == null ? null : recipient(manager), course, today));
                        }
                    }
                    boolean overdue = policy.overdue(course.dueOn(), today);
                    if (digestWeek.isPresent() && (overdue || policy.dueSoon(course.dueOn(), today))) {
                        for (String managerId : chain) {
                            digests.computeIfAbsent(managerId, m -> new ArrayList<>())
                                    .add(new DigestLine(person, course, overdue));
                        }
                    }
                }
            });
        }
        if (digestWeek.isPresent() && !digests.isEmpty()) {
            Map<String, StaffContact> managers = directory.contacts(digests.keySet());
            digests.forEach((managerId, lines) -> {
                StaffContact manager = managers.get(managerId);
                if (reachable(manager)) {
                    due.add(letters.digest(recipient(manager), digestWeek.get(), lines));
                }
            });
        }
        return due;
    }

    /** Each person's open courses with a due date (a locked course, or one due on no date, has no reminders). */
    static Map<String, List<CourseDue>> openCourses(Map<String, List<Requirement>> requirements,
            Map<String, String> titles) {
        Map<String, List<CourseDue>> open = new LinkedHashMap<>();
        requirements.forEach((employeeId, list) -> list.stream().filter(r -> r.isOpen() && r.dueOn() != null)
                .forEach(r -> open.computeIfAbsent(employeeId, e -> new ArrayList<>()).add(
                        new CourseDue(r.courseIri(), titles.getOrDefault(r.courseIri(), r.courseIri()), r.dueOn()))));
        return open;
    }

    static boolean reachable(StaffContact contact) {
        return contact != null && contact.person().active() && contact.person().email() != null
                && !contact.person().email().isBlank();
    }

    static Recipient recipient(StaffContact contact) {
        return new Recipient(contact.person().employeeId(), contact.person().displayName(), contact.person().email());
    }
}
