package org.carelearn.reporting.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carelearn.platform.BusinessRuleException;

/** The filters of the report pages as they come in the address: parsed, checked, and written back to links. */
final class ReportFilters {

    private ReportFilters() {
    }

    /** A day typed as 2026-12-16 (what date fields send), or null for none; anything else is refused in words. */
    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("The date \"" + text.strip() + "\" is not a day written as 2026-12-16");
        }
    }

    /** The query string of these parameters (blank ones left out), "?a=1&b=2", or "" for none. */
    static String query(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
