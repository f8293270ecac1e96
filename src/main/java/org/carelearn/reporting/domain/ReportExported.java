package org.carelearn.reporting.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone downloaded one of leadership's reports (staff information leaving CareLearn), for the audit trail.
 *
 * @param report the report's name ("coverage")
 * @param detail the format and filters, in words
 */
public record ReportExported(Actor actor, String report, String detail) {
}
