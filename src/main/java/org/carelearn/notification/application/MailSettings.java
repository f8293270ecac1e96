package org.carelearn.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.carelearn.notification.domain.Letters;
import org.carelearn.notification.domain.ReminderPolicy;
import org.carelearn.platform.config.Settings;

/**
 * When messages go and what links they carry. System properties with defaults, like every CareLearn setting:
 * {@code carelearn.mail.reminder-days} (days before the due date, default "14,3"),
 * {@code carelearn.mail.escalate-after-days} (default 14) and {@code carelearn.mail.digest-day} (default MONDAY).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    private Settings settings;

    public ReminderPolicy policy() {
        List<Integer> days = Arrays.stream(System.getProperty("carelearn.mail.reminder-days", "14,3").split(","))
                .map(String::strip).filter(d -> !d.isEmpty()).map(Integer::valueOf).toList();
        return new ReminderPolicy(days, Integer.getInteger("carelearn.mail.escalate-after-days", 14),
                DayOfWeek.valueOf(System.getProperty("carelearn.mail.digest-day", "MONDAY").strip()
                        .toUpperCase(Locale.ROOT)),
                ReminderPolicy.DEFAULT.dueSoonDays());
    }

    /** The texts, with links to this installation's public address. */
    public Letters letters() {
        return new Letters(settings.publicUrl());
    }
}
