package org.carelearn.notification.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.carelearn.platform.time.DateStyle;

/**
 * The texts. Plain, kind and short; each names the course, the due date and where to go. They name staff and
 * courses only: nothing about patients is ever in CareLearn's requirements, so nothing can reach a message.
 */
public final class Letters {

    /** A digest lists at most this many lines and says how many more there are (a line of 2,000 stays readable). */
    static final int DIGEST_LINES = 100;

    private static final String SIGNATURE = "\n\nCareLearn, staff training\n";

    private final String publicUrl;

    /** @param publicUrl the address people reach CareLearn at, without a trailing slash */
    public Letters(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    private String myLearning() {
        return publicUrl + "/learning/index.xhtml";
    }

    private String myTeam() {
        return publicUrl + "/team/index.xhtml";
    }

    public Letter reminder(Recipient person, CourseDue course, int daysBefore, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, course.dueOn());
        String when = daysLeft == 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
        String body = "Hello " + person.firstName() + ",\n\n"
                + "A friendly reminder: \"" + course.title() + "\" is due " + when + ", on "
                + DateStyle.date(course.dueOn()) + ".\n\n"
                + "You can start or continue it here: " + myLearning() + "\n\n"
                + "Thank you for keeping your training up to date. You can switch these reminders off on your"
                + " account page: " + publicUrl + "/account/reminders.xhtml"
                + SIGNATURE;
        return new Letter(ClaimKeys.reminder(daysBefore, person.employeeId(), course.courseIri(), course.dueOn()),
                MailKind.REMINDER, person, null, course.courseIri(), course.dueOn(),
                "Reminder: \"" + course.title() + "\" is due " + DateStyle.date(course.dueOn()), body);
    }

    public Letter overdue(Recipient person, CourseDue course) {
        String body = "Hello " + person.firstName() + ",\n\n"
                + "\"" + course.title() + "\" was due on " + DateStyle.date(course.dueOn())
                + " and is not complete yet. Please take it as soon as you can: " + myLearning() + "\n\n"
                + "If something is in the way, such as time on shift or trouble opening the course, your manager"
                + " can help."
                + SIGNATURE;
        return new Letter(ClaimKeys.overdue(person.employeeId(), course.courseIri(), course.dueOn()),
                MailKind.OVERDUE, person, null, course.courseIri(), course.dueOn(),
                "Overdue: \"" + course.title() + "\" was due " + DateStyle.date(course.dueOn()), body);
    }

    /**
     * To the manager's manager (or to the manager, where there is nobody above them).
     *
     * @param manager the person's direct manager, or null when the recipient is that manager
     */
    public Letter escalation(Recipient to, Recipient person, Recipient manager, CourseDue course, LocalDate today) {
        long daysOverdue = ChronoUnit.DAYS.between(course.dueOn(), today);
        String reports = manager == null ? "" : " (who reports to " + manager.name() + ")";
        String body = "Hello " + to.firstName() + ",\n\n"
                + person.name() + reports + " has not yet completed \"" + course.title() + "\", which was due on "
                + DateStyle.date(course.dueOn()) + ", " + daysOverdue + " days ago. " + person.firstName()
                + " was sent a notice when it became overdue.\n\n"
                + "A word from you may help find the time for it. Your team's training: " + myTeam()
                + SIGNATURE;
        return new Letter(ClaimKeys.escalation(person.employeeId(), course.courseIri(), course.dueOn()),
                MailKind.ESCALATION, to, person, course.courseIri(), course.dueOn(),
                "Overdue training in your line: " + person.name() + ", \"" + course.title() + "\"", body);
    }

    public Letter digest(Recipient manager, String isoWeek, List<DigestLine> lines) {
        long overdue = lines.stream().filter(DigestLine::overdue).count();
        long dueSoon = lines.size() - overdue;
        List<DigestLine> ordered = lines.stream().sorted(Comparator.comparing(DigestLine::overdue).reversed()
                .thenComparing(l -> l.course().dueOn()).thenComparing(l -> l.person().name())).toList();
        StringBuilder body = new StringBuilder("Hello " + manager.firstName() + ",\n\n"
                + "This week in your line, " + count(overdue, "course is", "courses are") + " overdue and "
                + count(dueSoon, "is", "are") + " due in the next two weeks:\n\n");
        ordered.stream().limit(DIGEST_LINES).forEach(line -> body.append("- ").append(line.person().name())
                .append(": \"").append(line.course().title()).append("\", ")
                .append(line.overdue() ? "overdue since " : "due ").append(DateStyle.date(line.course().dueOn()))
                .append('\n'));
        if (ordered.size() > DIGEST_LINES) {
            body.append("- and ").append(ordered.size() - DIGEST_LINES).append(" more\n");
        }
        body.append("\nThe whole picture, with filters: ").append(myTeam()).append(SIGNATURE);
        return new Letter(ClaimKeys.digest(manager.employeeId(), isoWeek), MailKind.DIGEST, manager, null, null,
                null, "Your team's training this week: " + overdue + " overdue, " + dueSoon + " due soon",
                body.toString());
    }

    /** A manager's "remind now": the person's open courses, soonest first. */
    public Letter managerReminder(Recipient person, Recipient manager, List<CourseDue> open, LocalDate today) {
        StringBuilder body = new StringBuilder("Hello " + person.firstName() + ",\n\n" + manager.name()
                + " asked CareLearn to remind you of the training you still have to complete:\n\n");
        open.stream().sorted(Comparator.comparing(CourseDue::dueOn)).forEach(course -> body.append("- \"")
                .append(course.title()).append("\", ")
                .append(course.dueOn().isBefore(today) ? "was due " : "due ").append(DateStyle.date(course.dueOn()))
                .append('\n'));
        body.append("\nYou can take them here: ").append(myLearning()).append(SIGNATURE);
        LocalDate soonest = open.stream().map(CourseDue::dueOn).min(Comparator.naturalOrder()).orElse(null);
        return new Letter(ClaimKeys.managerReminder(person.employeeId(), today), MailKind.MANAGER_REMINDER, person,
                null, open.size() == 1 ? open.get(0).courseIri() : null, soonest,
                "A reminder from " + manager.name() + ": your required training", body.toString());
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
