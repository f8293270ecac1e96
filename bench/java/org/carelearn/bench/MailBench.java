package org.carelearn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.File;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.RuleDefinition;
import org.carelearn.assignment.domain.DueKind;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.notification.application.ReminderSender;
import org.carelearn.notification.application.SenderRun;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleStaff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder sender at hospital scale (issue 8): 20,000 staff under 200 managers, each manager's line required
 * to take a course due in 14 days (200 rules), then one run of the sender against GreenMail inside the server: it
 * claims the 20,000 reminders (and the managers' digests) and delivers them. Prints the figures; the target is
 * under 60 s for the run on the 2-core reference machine. The setup (HR import, rules, enrolments) is not timed.
 */
@ExtendWith(ArquillianExtension.class)
class MailBench {

    private static final int STAFF = Integer.getInteger("bench.mail.staff", 20_000);
    private static final int MANAGERS = 200;
    private static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        File greenMail = new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Deployments.carelearn().addAsLibraries(greenMail);
    }

    @Inject
    ReminderSender sender;

    @Inject
    AssignmentRules rules;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    HospitalTime time;

    @Resource(lookup = "java:jboss/mail/CareLearn")
    Session session;

    @Test
    void sendTwentyThousandReminders() {
        String prefix = "M" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        List<String> rows = new ArrayList<>();
        for (int m = 0; m < MANAGERS; m++) {
            rows.add(row(prefix + "B" + m, "", "NURSE-MGR"));
        }
        for (int i = 0; i < STAFF; i++) {
            rows.add(row(prefix + "S" + i, prefix + "B" + (i % MANAGERS), "RN-INFUSION"));
        }
        long setup = System.nanoTime();
        ImportResult imported = hrFeed.run(Actor.system(), "mail-bench.csv",
                new StringReader(SampleStaff.hrFeed(rows.toArray(String[]::new))), ImportProgress.NONE);
        assertTrue(imported.accepted(), imported.problems().toString());
        // one rule per manager's line (100 people each, a transaction each), as managers would assign it
        for (int m = 0; m < MANAGERS; m++) {
            rules.create(Actor.system(), new RuleDefinition("Mail bench " + m, EMPATHY, null, TargetKind.WHOLE_LINE,
                    prefix + "B" + m, null, null, DueKind.FIXED_DATE, time.today().plusDays(14), null, null, null));
        }
        double setupSeconds = (System.nanoTime() - setup) / 1e9;

        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(session.getProperty("mail.smtp.port")),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Instant now = time.now();
            long start = System.nanoTime();
            int claimed = sender.claimDue(now);
            long claimedAt = System.nanoTime();
            SenderRun delivered = sender.deliverDue(now);
            long end = System.nanoTime();
            double claimSeconds = (claimedAt - start) / 1e9;
            double deliverSeconds = (end - claimedAt) / 1e9;
            double total = (end - start) / 1e9;
            long benchReminders = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return ((InternetAddress) m.getAllRecipients()[0]).getAddress()
                            .startsWith(prefix.toLowerCase(Locale.ROOT) + "s");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            System.out.printf("%nReminder sender benchmark: %,d staff under %d managers, a course due in 14 days"
                    + " (setup, not timed: %.1f s)%n", STAFF, MANAGERS, setupSeconds);
            System.out.printf("  claim:   %,d messages in %.1f s (%,.0f/s)%n", claimed, claimSeconds,
                    claimed / claimSeconds);
            System.out.printf("  deliver: %,d sent, %,d failed in %.1f s (%,.0f/s)%n", delivered.sent(),
                    delivered.failed(), deliverSeconds, delivered.sent() / deliverSeconds);
            System.out.printf("  total:   %.1f s; GreenMail received %,d messages, %,d of them the bench staff's"
                    + " reminders (target: %,d in under 60 s)%n%n", total, smtp.getReceivedMessages().length,
                    benchReminders, STAFF);
            assertEquals(STAFF, benchReminders, "every bench reminder delivered once");
            assertEquals(0, delivered.failed());
        } finally {
            smtp.stop();
        }
    }

    private static String row(String employeeId, String manager, String jobRole) {
        return String.join(",", employeeId, "Bench", "Nurse", employeeId.toLowerCase(Locale.ROOT)
                + "@bench.lindenridge.example", "INFUSION", jobRole, manager, "2023-05-01", "true");
    }
}
