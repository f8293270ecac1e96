package org.carelearn.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.carelearn.notification.application.BulkReminders;
import org.carelearn.notification.application.Reminded;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.util.Messages;

/**
 * "Remind everyone in this view" on the workbench (My team, and the administrators' Assignments page): one e-mail
 * to each person of the view who still has training to do, listing their open courses, at most once a day each.
 * The page hands over whom it shows; {@link BulkReminders} decides who may be reminded by whom.
 */
@Named
@RequestScoped
public class RemindNow {

    @Inject
    private BulkReminders reminders;

    @Inject
    private CurrentPerson currentPerson;

    public void remind(Collection<String> employeeIds) {
        if (employeeIds == null || employeeIds.isEmpty()) {
            Messages.addGlobalWarn("Nobody in this view has training left to do: no reminder was sent.");
            return;
        }
        try {
            Reminded done = reminders.remindNow(currentPerson.get().orElseThrow(
                    () -> new BusinessRuleException("Your account has no staff record to send reminders from")),
                    employeeIds);
            Messages.addGlobalInfo(summary(done));
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    /** "Reminded 3 people. 1 had a reminder from a manager today already." */
    static String summary(Reminded done) {
        List<String> parts = new ArrayList<>();
        parts.add(done.reminded() == 0 ? "Nobody was reminded." : "Reminded " + people(done.reminded()) + ".");
        if (done.alreadyToday() > 0) {
            parts.add(people(done.alreadyToday()) + (done.alreadyToday() == 1 ? " has" : " have")
                    + " had a reminder from a manager today already (once a day is enough).");
        }
        if (done.nothingOpen() > 0) {
            parts.add(people(done.nothingOpen()) + (done.nothingOpen() == 1 ? " has" : " have")
                    + " no open course with a due date to be reminded of.");
        }
        return String.join(" ", parts);
    }

    private static String people(int count) {
        return count == 1 ? "1 person" : count + " people";
    }
}
