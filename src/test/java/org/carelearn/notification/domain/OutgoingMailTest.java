package org.carelearn.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant CLAIMED = Instant.parse("2026-12-02T11:00:00Z");

    private static OutgoingMail mail(boolean toBeSent) {
        Recipient aisha = new Recipient("LR3002", "Aisha Bello", "aisha.bello@lindenridge.example");
        Letter letter = new Letters("https://learning.example").reminder(aisha,
                new CourseDue("https://carelearn.example/courses/x", "Empathetic communication",
                        LocalDate.of(2026, 12, 16)), 14, LocalDate.of(2026, 12, 2));
        return new OutgoingMail(letter, CLAIMED, toBeSent);
    }

    @Test
    void withoutAnSmtpServerAMessageIsKeptAndNeverAttempted() {
        OutgoingMail kept = mail(false);
        assertEquals(MailState.KEPT, kept.getState());
        assertNull(kept.getNextAttemptAt());
    }

    @Test
    void aFailedSendIsRetriedAfterGrowingPausesThenGivenUp() {
        OutgoingMail mail = mail(true);
        assertEquals(MailState.WAITING, mail.getState());
        assertEquals(CLAIMED, mail.getNextAttemptAt());
        Instant at = CLAIMED;
        for (Duration pause : new Duration[] {Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(12)}) {
            mail.failed(at, "Connection refused");
            assertEquals(MailState.RETRYING, mail.getState());
            assertEquals(at.plus(pause), mail.getNextAttemptAt());
            at = mail.getNextAttemptAt();
        }
        mail.failed(at, "Connection refused");
        assertEquals(MailState.FAILED, mail.getState());
        assertEquals(5, mail.getAttempts());
        assertNull(mail.getNextAttemptAt());
        assertEquals("Connection refused", mail.getSmtpReply());
    }

    @Test
    void aDeliveredMessageKeepsTheServersAnswer() {
        OutgoingMail mail = mail(true);
        mail.failed(CLAIMED, "Connection refused");
        mail.delivered(CLAIMED.plusSeconds(300), "250 OK\r\n");
        assertEquals(MailState.SENT, mail.getState());
        assertEquals(2, mail.getAttempts());
        assertEquals("250 OK", mail.getSmtpReply());
        assertNull(mail.getNextAttemptAt());
    }
}
