package org.carelearn.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carelearn.notification.application.ReminderPreferences;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.util.Messages;

/** account/reminders.xhtml: the signed-in person switches reminders before due dates on or off. */
@Named
@RequestScoped
public class ReminderSetting {

    @Inject
    private ReminderPreferences preferences;

    @Inject
    private CurrentPerson currentPerson;

    private boolean reminders;

    @PostConstruct
    void load() {
        String employeeId = currentPerson.employeeId();
        reminders = employeeId != null && !preferences.remindersOff(employeeId);
    }

    public boolean isReminders() {
        return reminders;
    }

    public void setReminders(boolean reminders) {
        this.reminders = reminders;
    }

    /** Stores the choice and says what it means; Post-Redirect-Get. */
    public String save() {
        preferences.choose(currentPerson.employeeId(), !reminders);
        Messages.addFlashGlobalInfo(reminders ? "Reminders are on: you will hear from CareLearn before your courses"
                + " are due." : "Reminders are off. You will still be told when a course is overdue.");
        return "/account/reminders?faces-redirect=true";
    }
}
