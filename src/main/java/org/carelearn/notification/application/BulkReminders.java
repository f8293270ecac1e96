package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.notification.domain.CourseDue;
import org.carelearn.notification.domain.Letter;
import org.carelearn.notification.domain.Recipient;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.LineOfAuthority;
import org.carelearn.staff.application.StaffContact;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;

/**
 * A manager's "remind now" on the workbench: each chosen person gets one message listing their open required
 * courses, at most once a day. A manager may choose only people in their line (an admin anyone); a choice that
 * names anyone else is refused whole, and nothing is sent.
 */
@ApplicationScoped
public class BulkReminders {

    @Inject
    private LineOfAuthority authority;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Requirements requirements;

    @Inject
    private Catalog catalog;

    @Inject
    private MailSettings settings;

    @Inject
    private Claims claims;

    @Inject
    private ReminderSender sender;

    @Inject
    private HospitalTime time;

    public Reminded remindNow(SignedInPerson manager, Collection<String> employeeIds) {
        Set<String> chosen = employeeIds.stream().filter(id -> id != null && !id.isBlank())
                .map(id -> id.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (chosen.isEmpty()) {
            throw new BusinessRuleException("Choose the people to remind");
        }
        if (!manager.has(Role.ADMIN)) {
            Set<String> line = authority.lineOf(manager.employeeId()).stream().map(StaffPerson::employeeId)
                    .collect(Collectors.toSet());
            long outside = chosen.stream().filter(id -> !line.contains(id)).count();
            if (outside > 0) {
                throw new BusinessRuleException(outside == 1 ? "One of the people chosen is not in your line;"
                        + " nobody was reminded" : outside + " of the people chosen are not in your line;"
                        + " nobody was reminded");
            }
        }
        Instant now = time.now();
        LocalDate today = time.today();
        Map<String, String> titles = catalog.courses().stream()
                .collect(Collectors.toMap(CourseSummary::courseIri, CourseSummary::title, (a, b) -> a));
        Map<String, List<CourseDue>> open = DueMessages.openCourses(requirements.of(chosen, today), titles);
        Map<String, StaffContact> contacts = directory.contacts(open.keySet());
        Recipient from = directory.person(manager.employeeId())
                .map(p -> new Recipient(p.employeeId(), p.displayName(), p.email()))
                .orElse(new Recipient(manager.employeeId(), manager.displayName(), null));
        List<Letter> letters = new ArrayList<>();
        open.forEach((employeeId, courses) -> {
            StaffContact contact = contacts.get(employeeId);
            if (DueMessages.reachable(contact)) {
                letters.add(settings.letters().managerReminder(DueMessages.recipient(contact), from, courses, today));
            }
        });
        int reminded = claims.claim(letters, now);
        sender.deliverDue(now);
        return new Reminded(reminded, letters.size() - reminded, chosen.size() - letters.size());
    }
}
