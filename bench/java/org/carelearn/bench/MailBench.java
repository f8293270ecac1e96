package org.carelearn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.DuePolicy;
import org.carelearn.assignment.domain.People;
import org.carelearn.assignment.domain.Person;
import org.carelearn.assignment.domain.Target;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.notification.application.ReminderSender;
import org.carelearn.notification.application.SenderRun;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder sender at hospital scale (issue 8): 20,000 staff under 200 managers, each manager's whole line
 * required to take a course due in 14 days (200 rules), then one run of the sender against GreenMail inside the
 * server: it claims the 20,000 reminders and the managers' weekly digests (every day from the digest day to the
 * end of the week claims a digest not claimed yet) and delivers them. Prints the figures; the target is under
 * 60 s for the run on the 2-core reference machine.
 *
 * <p>The setup is not timed, and it writes with JDBC batches the rows the application would have written, as
 * {@link AssignmentBench} does: making 200 rules through {@code AssignmentRules.create} enrols their 20,000 people
 * one by one and took more than 15 minutes, which measures nothing the sender does. The rows are those of the HR
 * import (a staff member, a learner account with the LEARNER role), of storing a rule (through the repository,
 * the real entity), of re-evaluating it for the people it reaches (their lock row, one assignment each, due on
 * the rule's date) and of learning's enrolment (the learner, a not-started enrolment in the course's latest
 * version). What the sender does not read is left out: the audit trail's records of all that.
 */
@ExtendWith(ArquillianExtension.class)
class MailBench {

    private static final int STAFF = Integer.getInteger("bench.mail.staff", 20_000);
    private static final int MANAGERS = 200;
    private static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";
    private static final String DEPARTMENT = "INFUSION";
    /** Seeded rows get ids far below the sequences (from 50 up), V011 (small negatives) and AssignmentBench's. */
    private static final long SEEDED_IDS = -200_000_000_000L;
    private static final int BATCH = 500;

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        File greenMail = new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Deployments.carelearn().addAsLibraries(greenMail);
    }

    @Inject
    ReminderSender sender;

    @Inject
    AssignmentRepository repository;

    @Inject
    People people;

    @Inject
    Catalog catalog;

    @Inject
    HospitalTime time;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/CareLearn")
    Session session;

    @Test
    void sendTwentyThousandReminders() throws Exception {
        String prefix = "M" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        long ids = SEEDED_IDS - Math.abs(prefix.hashCode() % 1000) * 100_000_000L;
        LocalDate due = time.today().plusDays(14);

        long setup = System.nanoTime();
        seedStaff(prefix, ids);
        List<AssignmentRule> rules = storeRules(prefix, due);
        Map<String, Person> staff = new HashMap<>();
        people.people(staffIds(prefix)).forEach(p -> staff.put(p.employeeId(), p));
        assertEquals(STAFF, staff.size(), "every seeded nurse is someone the assignment context knows");
        long assignments = seedAssignmentsAndEnrolments(rules, staff, ids - 2L * (STAFF + MANAGERS));
        assertEquals(STAFF, assignments, "each nurse is in exactly one manager's line");
        double setupSeconds = since(setup);

        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(session.getProperty("mail.smtp.port")),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // GreenMail keeps a mailbox per recipient and finds it by a linear search of all of them for each message
        // (HierarchicalFolder.getChild): with 20,200 recipients that search took 70% of the server's CPU in a JFR
        // recording of this bench, which no real relay spends. Every message goes into one mailbox instead; the
        // SMTP conversation and the stored messages (each with its own To) are GreenMail's as before.
        GreenMailUser inbox = smtp.getUserManager().createUser("inbox@bench.lindenridge.example", "inbox", "inbox");
        smtp.getUserManager().setMessageDeliveryHandler((message, recipient) -> inbox);
        try {
            String loadBefore = load();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            double serverCpu = processCpuSeconds();
            Instant now = time.now();
            long start = System.nanoTime();
            int claimed = sender.claimDue(now);
            long claimedAt = System.nanoTime();
            long claimCpu = threads.getCurrentThreadCpuTime();
            SenderRun delivered = sender.deliverDue(now);
            long end = System.nanoTime();
            long deliverCpu = threads.getCurrentThreadCpuTime();
            double serverCpuSeconds = processCpuSeconds() - serverCpu;
            double claimSeconds = (claimedAt - start) / 1e9;
            double deliverSeconds = (end - claimedAt) / 1e9;
            double total = (end - start) / 1e9;
            MimeMessage[] received = smtp.getReceivedMessages();
            Map<String, List<MimeMessage>> byRecipient = byRecipient(received, prefix.toLowerCase(Locale.ROOT));
            long reminders = byRecipient.keySet().stream().filter(a -> a.startsWith(staffPrefix(prefix))).count();
            long digests = byRecipient.keySet().stream().filter(a -> a.startsWith(managerPrefix(prefix))).count();

            List<String> lines = new ArrayList<>();
            lines.add(String.format("Reminder sender benchmark: %,d staff under %d managers, a course due in 14 days"
                    + " (setup by JDBC, not timed: %.1f s)", STAFF, MANAGERS, setupSeconds));
            lines.add(String.format("  claim:   %,d messages in %.1f s (%,.0f/s)", claimed, claimSeconds,
                    claimed / claimSeconds));
            lines.add(String.format("  deliver: %,d sent, %,d failed in %.1f s (%,.0f/s)", delivered.sent(),
                    delivered.failed(), deliverSeconds, delivered.sent() / deliverSeconds));
            lines.add(String.format("  total:   %.1f s (%,.0f messages/s); GreenMail received %,d messages: the bench"
                    + " staff's reminders reached %,d people, the digests %,d managers (target: %,d reminders in"
                    + " under 60 s)", total, delivered.sent() / total, received.length, reminders, digests, STAFF));
            lines.add(String.format("  CPU: the sender's thread %.1f s claiming, %.1f s delivering; the whole server"
                    + " (GreenMail included) %.1f s", (claimCpu - cpu) / 1e9, (deliverCpu - claimCpu) / 1e9,
                    serverCpuSeconds));
            lines.add("  load average before / after the run (1, 5, 15 min): " + loadBefore + " / " + load());
            lines.forEach(System.out::println);
            Files.write(Path.of(System.getProperty("carelearn.bench.report", "target/mail-bench.txt")), lines);

            assertEquals(0, delivered.failed(), "no send failed");
            checkReminders(prefix, byRecipient);
            checkDigests(prefix, byRecipient);
            checkMailLog(prefix);
        } finally {
            smtp.stop();
        }
    }

    /** Every nurse got exactly one message, and it is the 14-day reminder of the course. */
    private void checkReminders(String prefix, Map<String, List<MimeMessage>> byRecipient)
            throws Exception {
        String title = catalog.latest(EMPATHY).orElseThrow().title();
        for (String employeeId : staffIds(prefix)) {
            List<MimeMessage> got = byRecipient.getOrDefault(address(employeeId), List.of());
            assertEquals(1, got.size(), "messages to " + employeeId);
            String body = GreenMailUtil.getBody(got.get(0));
            assertTrue(got.get(0).getSubject().startsWith("Reminder: \"" + title + "\" is due"),
                    "the 14-day reminder of the course: " + got.get(0).getSubject());
            assertTrue(body.contains("\"" + title + "\" is due in 14 days"), "the reminder says when: " + body);
        }
    }

    /** Each manager got one digest listing the hundred people of their line, none overdue. */
    private void checkDigests(String prefix, Map<String, List<MimeMessage>> byRecipient) throws Exception {
        for (int m = 0; m < MANAGERS; m++) {
            String manager = managerId(prefix, m);
            List<MimeMessage> got = byRecipient.getOrDefault(address(manager), List.of());
            assertEquals(1, got.size(), "messages to manager " + manager);
            assertEquals("Your team's training this week: 0 overdue, " + STAFF / MANAGERS + " due soon",
                    got.get(0).getSubject());
            String body = GreenMailUtil.getBody(got.get(0));
            String someone = "Nurse" + (m + MANAGERS * (STAFF / MANAGERS - 1));
            assertTrue(body.contains("- " + someone + " "), manager + "'s digest lists " + someone);
        }
    }

    /** Everything sent is kept, with the SMTP server's answer. */
    private void checkMailLog(String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COUNT(SMTP_REPLY)"
                        + " FROM OUTGOING_MAIL WHERE RECIPIENT_ID LIKE ? AND STATE = 'SENT' AND ATTEMPTS = 1")) {
            query.setString(1, prefix + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(STAFF + MANAGERS, row.getLong(1), "messages kept as sent in the mail log");
                assertEquals(row.getLong(1), row.getLong(2), "each with the SMTP server's answer");
            }
        }
    }

    private static Map<String, List<MimeMessage>> byRecipient(MimeMessage[] received, String prefix)
            throws MessagingException {
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage message : received) {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress().toLowerCase(Locale.ROOT);
            if (to.startsWith(prefix)) {
                byRecipient.computeIfAbsent(to, a -> new ArrayList<>()).add(message);
            }
        }
        return byRecipient;
    }

    /**
     * The HR import's rows for 200 managers and their 100 nurses each: the staff member and a learner account
     * named after the employee id (the feed gives no user name), as {@code HrFeedImport} makes them.
     */
    private void seedStaff(String prefix, long firstId) throws SQLException {
        Timestamp now = Timestamp.from(time.now());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long department = idOf(connection, "DEPARTMENT", DEPARTMENT);
            long managerRole = idOf(connection, "JOB_ROLE", "NURSE-MGR");
            long nurseRole = idOf(connection, "JOB_ROLE", "RN-INFUSION");
            try (PreparedStatement member = connection.prepareStatement("INSERT INTO STAFF_MEMBER (ID, EMPLOYEE_ID,"
                    + " GIVEN_NAME, FAMILY_NAME, EMAIL, DEPARTMENT_ID, JOB_ROLE_ID, MANAGER_ID, HIRE_DATE, ACTIVE,"
                    + " CREATED_AT, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 1)");
                    PreparedStatement account = connection.prepareStatement("INSERT INTO ACCOUNT (ID, USERNAME,"
                            + " STAFF_MEMBER_ID, MUST_CHANGE_PASSWORD, FAILED_ATTEMPTS, ACTIVE, VERSION)"
                            + " VALUES (?, ?, ?, TRUE, 0, TRUE, 1)");
                    PreparedStatement role = connection.prepareStatement(
                            "INSERT INTO ACCOUNT_ROLE (ACCOUNT_ID, ROLE_NAME) VALUES (?, 'LEARNER')")) {
                // managers first (ids firstId - m), then nurses, each referring to their manager's row
                for (int i = 0; i < MANAGERS + STAFF; i++) {
                    boolean manager = i < MANAGERS;
                    int n = i - MANAGERS;
                    String employeeId = manager ? managerId(prefix, i) : staffId(prefix, n);
                    long id = firstId - i;
                    member.setLong(1, id);
                    member.setString(2, employeeId);
                    member.setString(3, manager ? "Manager" + i : "Nurse" + n);
                    member.setString(4, "Bench");
                    member.setString(5, address(employeeId));
                    member.setLong(6, department);
                    member.setLong(7, manager ? managerRole : nurseRole);
                    if (manager) {
                        member.setNull(8, java.sql.Types.BIGINT);
                    } else {
                        member.setLong(8, firstId - n % MANAGERS);
                    }
                    member.setDate(9, Date.valueOf("2023-05-01"));
                    member.setTimestamp(10, now);
                    member.setTimestamp(11, now);
                    member.addBatch();
                    account.setLong(1, id);
                    account.setString(2, employeeId.toLowerCase(Locale.ROOT));
                    account.setLong(3, id);
                    account.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        member.executeBatch();
                        account.executeBatch();
                        role.executeBatch();
                        connection.commit();
                    }
                }
                member.executeBatch();
                account.executeBatch();
                role.executeBatch();
                connection.commit();
            }
        }
    }

    private static long idOf(Connection connection, String table, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM " + table + " WHERE CODE = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the demo hospital has " + table + " " + code);
                return row.getLong(1);
            }
        }
    }

    /** One rule per manager: their whole line takes the course by the fixed date, stored as the application does. */
    private List<AssignmentRule> storeRules(String prefix, LocalDate due) throws Exception {
        LocalDate today = time.today();
        Instant now = time.now();
        List<AssignmentRule> rules = new ArrayList<>();
        tx.begin();
        for (int m = 0; m < MANAGERS; m++) {
            AssignmentRule rule = AssignmentRule.forCourse("Mail bench " + prefix + " " + m, EMPATHY, Set.of(EMPATHY),
                    Target.lineOf(managerId(prefix, m)), DuePolicy.on(due), null, today, now, "bench");
            repository.add(rule);
            rules.add(rule);
        }
        tx.commit();
        return rules;
    }

    /**
     * What re-evaluating the rules would write for each person they reach (the lock row, an assignment per course
     * due as the rule says) and what learning's enrolment would (the learner, a not-started enrolment).
     */
    private long seedAssignmentsAndEnrolments(List<AssignmentRule> rules, Map<String, Person> staff, long firstId)
            throws SQLException {
        LocalDate today = time.today();
        Timestamp now = Timestamp.from(time.now());
        CourseVersionView version = catalog.latest(EMPATHY).orElseThrow();
        long id = firstId;
        long assignments = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "INSERT INTO ASSIGNMENT_PERSON (EMPLOYEE_ID, REEVALUATED_AT) VALUES (?, ?)");
                    PreparedStatement assignment = connection.prepareStatement("INSERT INTO ASSIGNMENT (ID, RULE_ID,"
                            + " EMPLOYEE_ID, COURSE_IRI, REACHED_ON, DUE_ON, VERSION) VALUES (?, ?, ?, ?, ?, ?, 1)");
                    PreparedStatement learner = connection.prepareStatement(
                            "INSERT INTO LEARNER (EMPLOYEE_ID, ACCOUNT_NAME, CREATED_AT) VALUES (?, ?, ?)");
                    PreparedStatement enrolment = connection.prepareStatement("INSERT INTO ENROLMENT (ID,"
                            + " EMPLOYEE_ID, COURSE_IRI, COURSE_VERSION_ID, COURSE_TITLE, REGISTRATION, ENROLLED_AT,"
                            + " ENROLLED_BY, STATUS, PROGRESS, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench',"
                            + " 'NOT_STARTED', 0, 1)")) {
                int people = 0;
                for (Person person : staff.values()) {
                    lock.setString(1, person.employeeId());
                    lock.setTimestamp(2, now);
                    lock.addBatch();
                    for (AssignmentRule rule : rules) {
                        if (!rule.reaches(person)) {
                            continue;
                        }
                        for (String course : rule.courses()) {
                            assignment.setLong(1, id--);
                            assignment.setLong(2, rule.getId());
                            assignment.setString(3, person.employeeId());
                            assignment.setString(4, course);
                            assignment.setDate(5, Date.valueOf(today));
                            assignment.setDate(6, Date.valueOf(rule.dueFor(person, today)));
                            assignment.addBatch();
                            assignments++;
                        }
                    }
                    learner.setString(1, person.employeeId());
                    learner.setString(2, UUID.randomUUID().toString());
                    learner.setTimestamp(3, now);
                    learner.addBatch();
                    enrolment.setLong(1, id--);
                    enrolment.setString(2, person.employeeId());
                    enrolment.setString(3, EMPATHY);
                    enrolment.setLong(4, version.versionId());
                    enrolment.setString(5, version.title());
                    enrolment.setString(6, UUID.randomUUID().toString());
                    enrolment.setTimestamp(7, now);
                    enrolment.addBatch();
                    if (++people % BATCH == 0) {
                        flush(connection, lock, assignment, learner, enrolment);
                    }
                }
                flush(connection, lock, assignment, learner, enrolment);
            }
        }
        return assignments;
    }

    private static void flush(Connection connection, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
    }

    private static String managerId(String prefix, int m) {
        return prefix + "B" + m;
    }

    private static String staffId(String prefix, int n) {
        return prefix + "S" + n;
    }

    private static String address(String employeeId) {
        return employeeId.toLowerCase(Locale.ROOT) + "@bench.lindenridge.example";
    }

    private static String staffPrefix(String prefix) {
        return prefix.toLowerCase(Locale.ROOT) + "s";
    }

    private static String managerPrefix(String prefix) {
        return prefix.toLowerCase(Locale.ROOT) + "b";
    }

    private static List<String> staffIds(String prefix) {
        List<String> ids = new ArrayList<>(STAFF);
        for (int n = 0; n < STAFF; n++) {
            ids.add(staffId(prefix, n));
        }
        return ids;
    }

    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * CPU seconds the server's process has used (user and system), from /proc/self/stat (fields 14 and 15, in
     * clock ticks of 1/100 s on Linux: proc(5)). Unlike wall time, it hardly grows with other processes' load.
     */
    private static double processCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
