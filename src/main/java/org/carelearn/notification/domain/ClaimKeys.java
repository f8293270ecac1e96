package org.carelearn.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The once-only key of each message: its kind and milestone, the recipient or the person it is about, the
 * course and the round (a recertification round has its own due date). A course IRI may be 1000 characters, so
 * the key holds a SHA-256 digest of it instead (32 hex digits: 128 bits, no collision among a catalog's courses).
 */
public final class ClaimKeys {

    private ClaimKeys() {
    }

    public static String reminder(int daysBefore, String employeeId, String courseIri, LocalDate dueOn) {
        return "REMINDER-" + daysBefore + "|" + employeeId + "|" + digest(courseIri) + "|" + dueOn;
    }

    public static String overdue(String employeeId, String courseIri, LocalDate dueOn) {
        return "OVERDUE|" + employeeId + "|" + digest(courseIri) + "|" + dueOn;
    }

    /** Once per person, course and round: whoever receives it (the line may change). */
    public static String escalation(String employeeId, String courseIri, LocalDate dueOn) {
        return "ESCALATION|" + employeeId + "|" + digest(courseIri) + "|" + dueOn;
    }

    public static String digest(String managerId, String isoWeek) {
        return "DIGEST|" + managerId + "|" + isoWeek;
    }

    public static String managerReminder(String employeeId, LocalDate day) {
        return "NOW|" + employeeId + "|" + day;
    }

    static String digest(String courseIri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(courseIri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
