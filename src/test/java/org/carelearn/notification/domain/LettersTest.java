package org.carelearn.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LettersTest {

    private static final Letters LETTERS = new Letters("https://learning.example-hospital.org");
    private static final Recipient AISHA = new Recipient("LR3002", "Aisha Bello", "aisha@example.org");
    private static final Recipient REBECCA = new Recipient("LR2001", "Rebecca Sorensen", "rebecca@example.org");
    private static final Recipient HELEN = new Recipient("LR1001", "Helen Castellanos", "helen@example.org");
    private static final String IRI = "https://carelearn.example/courses/empathetic-communication";
    private static final CourseDue EMPATHY = new CourseDue(IRI, "Empathetic communication", LocalDate.of(2026, 12, 16));

    @Test
    void aReminderNamesTheCourseTheDueDateAndTheLink() {
        Letter letter = LETTERS.reminder(AISHA, EMPATHY, 14, LocalDate.of(2026, 12, 2));
        assertEquals("Reminder: \"Empathetic communication\" is due Dec 16, 2026", letter.subject());
        assertTrue(letter.body().startsWith("Hello Aisha,"));
        assertTrue(letter.body().contains("is due in 14 days, on Dec 16, 2026"), letter.body());
        assertTrue(letter.body().contains("https://learning.example-hospital.org/learning/index.xhtml"));
        assertEquals(MailKind.REMINDER, letter.kind());
    }

    @Test
    void eachMilestoneAndRoundHasItsOwnKey() {
        String fourteen = LETTERS.reminder(AISHA, EMPATHY, 14, LocalDate.of(2026, 12, 2)).claimKey();
        String three = LETTERS.reminder(AISHA, EMPATHY, 3, LocalDate.of(2026, 12, 13)).claimKey();
        String nextRound = LETTERS.reminder(AISHA, new CourseDue(IRI, "Empathetic communication",
                LocalDate.of(2027, 12, 16)), 14, LocalDate.of(2027, 12, 2)).claimKey();
        assertNotEquals(fourteen, three);
        assertNotEquals(fourteen, nextRound);
        assertEquals(fourteen, LETTERS.reminder(AISHA, EMPATHY, 14, LocalDate.of(2026, 12, 5)).claimKey(),
                "the same milestone computed on another day is the same message");
        assertTrue(fourteen.length() <= 200, "fits the CLAIM_KEY column");
    }

    @Test
    void anEscalationGoesToTheManagersManagerAboutThePerson() {
        Letter letter = LETTERS.escalation(HELEN, AISHA, REBECCA, EMPATHY, LocalDate.of(2026, 12, 30));
        assertEquals(HELEN, letter.to());
        assertEquals(AISHA, letter.about());
        assertTrue(letter.body().contains("Aisha Bello (who reports to Rebecca Sorensen) has not yet completed"
                + " \"Empathetic communication\", which was due on Dec 16, 2026, 14 days ago."), letter.body());
    }

    @Test
    void aDigestListsOverdueFirstAndStaysShortForALargeLine() {
        List<DigestLine> lines = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            lines.add(new DigestLine(new Recipient("E" + i, "Person " + i, null), EMPATHY, false));
        }
        lines.add(new DigestLine(AISHA, new CourseDue(IRI, "Empathetic communication", LocalDate.of(2026, 11, 1)),
                true));
        Letter digest = LETTERS.digest(REBECCA, "2026-W49", lines);
        assertEquals("Your team's training this week: 1 overdue, 150 due soon", digest.subject());
        assertTrue(digest.body().contains("\n- Aisha Bello: \"Empathetic communication\", overdue since Nov 1, 2026\n"
                + "- "), digest.body());
        assertTrue(digest.body().contains("- and 51 more"), digest.body());
        assertEquals("DIGEST|LR2001|2026-W49", digest.claimKey());
    }
}
