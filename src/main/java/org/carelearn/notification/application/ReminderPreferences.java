package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.carelearn.notification.domain.MailPreference;
import org.carelearn.notification.domain.MailStore;
import org.carelearn.platform.time.HospitalTime;

/**
 * A person's own choice to receive reminders before their courses are due. Overdue notices, escalations to
 * managers and managers' digests go regardless.
 */
@ApplicationScoped
public class ReminderPreferences {

    @Inject
    private MailStore store;

    @Inject
    private HospitalTime time;

    public boolean remindersOff(String employeeId) {
        return store.preference(employeeId).map(MailPreference::isRemindersOff).orElse(false);
    }

    @Transactional
    public void choose(String employeeId, boolean remindersOff) {
        store.preference(employeeId).ifPresentOrElse(p -> p.choose(remindersOff, time.now()),
                () -> store.add(new MailPreference(employeeId, remindersOff, time.now())));
    }
}
