package org.carelearn.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.BusinessRuleException;

/**
 * Leadership's filter of the audit trail as it comes in the address: who (user name, from its start), what (an
 * action's name), which record (its type, and its id from the start) and the period (whole days in the hospital's
 * zone, from and until inclusive). Anything that cannot be read is refused in words, and nothing is searched.
 */
public record AuditQuery(String person, String action, String recordType, String recordId, String from, String until)
        implements java.io.Serializable {

    static AuditQuery of(UnaryOperator<String> parameter) {
        return new AuditQuery(parameter.apply("person"), parameter.apply("action"), parameter.apply("recordType"),
                parameter.apply("recordId"), parameter.apply("from"), parameter.apply("until"));
    }

    AuditFilter filter(ZoneId zone) {
        AuditAction wanted = blank(action) ? null : Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equals(action.strip())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("No kind of event is called \"" + action + "\""));
        if (!blank(recordType) && !AuditTarget.TYPES.containsKey(recordType.strip())) {
            throw new BusinessRuleException("No type of record is called \"" + recordType + "\"");
        }
        LocalDate first = day(from, "From");
        LocalDate last = day(until, "Until");
        if (first != null && last != null && last.isBefore(first)) {
            throw new BusinessRuleException("The period ends before it starts: until must be on or after from");
        }
        return new AuditFilter(text(person), wanted, text(recordType), text(recordId),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The query string of this filter ("?person=j.ng&from=2026-11-01"), blank parts left out. */
    String link() {
        StringBuilder query = new StringBuilder();
        append(query, "person", person);
        append(query, "action", action);
        append(query, "recordType", recordType);
        append(query, "recordId", recordId);
        append(query, "from", from);
        append(query, "until", until);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!blank(value)) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static LocalDate day(String text, String which) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException(which + " \"" + text.strip() + "\" is not a day written as 2026-12-16");
        }
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
