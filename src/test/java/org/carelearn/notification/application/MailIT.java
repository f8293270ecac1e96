package org.carelearn.notification.application;

import static org.carelearn.testing.SampleStaff.hrFeed;
import static org.carelearn.testing.SampleStaff.uniqueEmployeeId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.RuleDefinition;
import org.carelearn.assignment.domain.DueKind;
import org.carelearn.assignment.domain.TargetKind;
import org.carelearn.notification.domain.MailKind;
import org.carelearn.notification.domain.MailState;
import org.carelearn.notification.domain.OutgoingMail;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.Redeploy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders, overdue notices, digests and escalations against a real SMTP server: GreenMail, started inside the
 * test server on the port its mail session points at (carelearn.it.smtp.port in pom.xml). A small hospital of its
 * own: Grace manages Mo, Mo manages Ada and Ben (Ben switched reminders off), and Otto, outside that line, manages
 * Cy. One rule requires a course of Mo's line, due in 14 days; the sender then runs on the days that matter.
 * Between runs the application is redeployed (restarted); what was sent before is not sent again.
 *
 * <p>The sender works through everyone in the shared database, so other tests' people and the demo hospital get
 * messages too: every assertion looks at this test's own addresses only. The people's ids and the first "now"
 * cross the redeploy as system properties of the server (the test class itself is loaded afresh).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");
    private static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";
    private static final String TITLE = "Empathetic communication with patients and families facing cancer";
    private static final String PEOPLE = "carelearn.mail-it.people";
    private static final String FIRST_RUN = "carelearn.mail-it.first-run";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        // GreenMail runs inside the server, beside the sender; the server provides Jakarta Mail itself
        File greenMail = new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Deployments.carelearn().addAsLibraries(greenMail);
    }

    @Inject
    ReminderSender sender;

    @Inject
    BulkReminders bulk;

    @Inject
    ReminderPreferences preferences;

    @Inject
    MailLog log;

    @Inject
    AssignmentRules rules;

    @Inject
    HrFeedImport hrFeed;

    @Inject
    HospitalTime time;

    @Resource(lookup = "java:jboss/mail/CareLearn")
    Session session;

    /** Grace, Mo, Ada, Ben, Otto, Cy. */
    private record Staff(String grace, String mo, String ada, String ben, String otto, String cy) {

        static Staff fromServer() {
            String[] ids = System.getProperty(PEOPLE).split(",");
            return new Staff(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
        }

        List<String> all() {
            return List.of(grace, mo, ada, ben, otto, cy);
        }
    }

    private static String address(String employeeId) {
        return employeeId.toLowerCase() + "@mail-it.lindenridge.example";
    }

    private static String row(String employeeId, String givenName, String manager) {
        return String.join(",", employeeId, givenName, "Mailtester", address(employeeId), "SOCWORK",
                manager == null ? "SW-MGR" : "SW-ONC", manager == null ? "" : manager, "2023-05-01", "true");
    }

    private GreenMail startSmtp() {
        // the port the server's mail session uses: carelearn.smtp.port, which the test server sets
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(session.getProperty("mail.smtp.port")),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    /** The subjects of the messages this SMTP server received for one person, in order. */
    private static List<String> subjects(GreenMail smtp, String employeeId) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().contains(address(employeeId)))) {
                    subjects.add(message.getSubject());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private static Instant firstRun() {
        return Instant.ofEpochMilli(Long.parseLong(System.getProperty(FIRST_RUN)));
    }

    @Test
    @Order(1)
    void remindersDigestsAndOverdueNoticesReachTheRightPeopleOnce() throws Exception {
        Staff s = new Staff(uniqueEmployeeId(), uniqueEmployeeId(), uniqueEmployeeId(), uniqueEmployeeId(),
                uniqueEmployeeId(), uniqueEmployeeId());
        ImportResult imported = hrFeed.run(ADMIN, "mail-it.csv", new StringReader(hrFeed(row(s.grace(), "Grace", null),
                row(s.mo(), "Mo", s.grace()), row(s.ada(), "Ada", s.mo()), row(s.ben(), "Ben", s.mo()),
                row(s.otto(), "Otto", null), row(s.cy(), "Cy", s.otto()))), ImportProgress.NONE);
        assertTrue(imported.accepted(), imported.problems().toString());
        preferences.choose(s.ben(), true);
        Instant now = time.now();
        rules.create(ADMIN, new RuleDefinition("Mo's line: empathy", EMPATHY, null, TargetKind.WHOLE_LINE, s.mo(),
                null, null, DueKind.FIXED_DATE, time.today().plusDays(14), null, null, null));
        System.setProperty(PEOPLE, String.join(",", s.all()));
        System.setProperty(FIRST_RUN, String.valueOf(now.toEpochMilli()));

        GreenMail smtp = startSmtp();
        try {
            sender.run(now);
            assertEquals(List.of("Reminder: \"" + TITLE + "\" is due " + dueText()),
                    subjects(smtp, s.ada()), "14 days before");
            assertEquals(List.of(), subjects(smtp, s.ben()), "Ben switched reminders off");
            assertEquals(1, subjects(smtp, s.mo()).size(), "Mo's digest: Ada and Ben are due soon");
            assertEquals("Your team's training this week: 0 overdue, 2 due soon", subjects(smtp, s.mo()).get(0));
            assertEquals(1, subjects(smtp, s.grace()).size(), "Grace's digest: they are in her line too");
            assertEquals(List.of(), subjects(smtp, s.otto()), "Otto's line has nothing due");
            assertEquals(List.of(), subjects(smtp, s.cy()));

            sender.run(now.plusSeconds(60));
            assertEquals(1, subjects(smtp, s.ada()).size(), "run again: nothing new");
            assertEquals(1, subjects(smtp, s.mo()).size());

            Instant dayAfterDue = now.plus(Duration.ofDays(15));
            sender.run(dayAfterDue);
            assertEquals("Overdue: \"" + TITLE + "\" was due " + dueText(), subjects(smtp, s.ada()).get(1));
            assertEquals(List.of("Overdue: \"" + TITLE + "\" was due " + dueText()), subjects(smtp, s.ben()),
                    "overdue notices go even with reminders off");
            assertEquals(2, subjects(smtp, s.mo()).size(), "a new week, a new digest");
            assertEquals("Your team's training this week: 2 overdue, 0 due soon", subjects(smtp, s.mo()).get(1));
            assertEquals(List.of(), subjects(smtp, s.otto()));
            assertTrue(log.to(s.ada()).stream().allMatch(m -> m.getState() == MailState.SENT && m.getAttempts() == 1
                    && m.getSmtpReply().startsWith("250")), "sent once, with the server's answer");
        } finally {
            smtp.stop();
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theApplicationRestarts() {
        Redeploy.carelearn();
    }

    @Test
    @Order(3)
    void afterARestartNothingIsSentTwiceAndEscalationsReachTheManagersManager() throws Exception {
        Staff s = Staff.fromServer();
        Instant dayAfterDue = firstRun().plus(Duration.ofDays(15));
        GreenMail smtp = startSmtp();
        try {
            sender.run(dayAfterDue);
            for (String employeeId : s.all()) {
                assertEquals(List.of(), subjects(smtp, employeeId), "after the restart, the same day again: nothing");
            }

            Instant escalation = firstRun().plus(Duration.ofDays(28));
            sender.run(escalation);
            List<String> grace = subjects(smtp, s.grace());
            assertEquals(3, grace.size(), grace.toString());
            assertTrue(grace.contains("Overdue training in your line: Ada Mailtester, \"" + TITLE + "\""));
            assertTrue(grace.contains("Overdue training in your line: Ben Mailtester, \"" + TITLE + "\""));
            assertEquals(1, subjects(smtp, s.mo()).size(), "Mo gets the week's digest, not the escalation");
            assertEquals(List.of(), subjects(smtp, s.ada()), "Ada was told already");
            assertEquals(List.of(), subjects(smtp, s.otto()), "Otto hears nothing of a line that is not his");
            OutgoingMail aboutAda = log.to(s.grace()).stream().filter(m -> m.getKind() == MailKind.ESCALATION
                    && s.ada().equals(m.getAboutId())).findFirst().orElseThrow();
            assertTrue(aboutAda.getBody().contains("Ada Mailtester (who reports to Mo Mailtester) has not yet"
                    + " completed \"" + TITLE + "\""), aboutAda.getBody());

            sender.run(escalation.plusSeconds(60));
            assertEquals(3, subjects(smtp, s.grace()).size(), "escalated once");
        } finally {
            smtp.stop();
        }
    }

    @Test
    @Order(4)
    void aManagersRemindNowReachesTheirLineOnlyAndAFailedSendIsRetriedLaterOnce() throws Exception {
        Staff s = Staff.fromServer();
        SignedInPerson otto = new SignedInPerson("otto", s.otto(), "Otto Mailtester", Set.of(Role.MANAGER));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> bulk.remindNow(otto, List.of(s.cy(), s.ada())));
        assertEquals("One of the people chosen is not in your line; nobody was reminded", refused.getMessage());
        assertTrue(log.to(s.ada()).stream().noneMatch(m -> m.getKind() == MailKind.MANAGER_REMINDER));

        // no SMTP server listening: the attempt fails and waits
        SignedInPerson mo = new SignedInPerson("mo", s.mo(), "Mo Mailtester", Set.of(Role.MANAGER));
        Instant asked = time.now();
        assertEquals(new Reminded(2, 0, 0), bulk.remindNow(mo, List.of(s.ada(), s.ben())));
        OutgoingMail waiting = log.to(s.ada()).stream().filter(m -> m.getKind() == MailKind.MANAGER_REMINDER)
                .findFirst().orElseThrow();
        assertEquals(MailState.RETRYING, waiting.getState());
        assertEquals(1, waiting.getAttempts());
        assertTrue(waiting.getSmtpReply() != null && !waiting.getSmtpReply().isBlank(), "the error is kept");

        GreenMail smtp = startSmtp();
        try {
            sender.deliverDue(asked.plus(Duration.ofMinutes(1)));
            assertEquals(List.of(), subjects(smtp, s.ada()), "not before its pause (5 minutes)");
            sender.deliverDue(asked.plus(Duration.ofMinutes(6)));
            assertEquals(List.of("A reminder from Mo Mailtester: your required training"), subjects(smtp, s.ada()));
            assertEquals(1, subjects(smtp, s.ben()).size());
            sender.deliverDue(asked.plus(Duration.ofMinutes(40)));
            assertEquals(1, subjects(smtp, s.ada()).size(), "delivered once");
            assertEquals(new Reminded(0, 2, 0), bulk.remindNow(mo, List.of(s.ada(), s.ben())), "once a day");
            assertEquals(1, subjects(smtp, s.ada()).size());
        } finally {
            smtp.stop();
        }
    }

    private String dueText() {
        return DateStyle.date(LocalDate.ofInstant(firstRun(), time.getZone()).plusDays(14));
    }
}
