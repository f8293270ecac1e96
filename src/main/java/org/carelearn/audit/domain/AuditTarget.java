package org.carelearn.audit.domain;

import java.util.Objects;

/**
 * The record an event is about, named by a type and the identifier people use for it
 * (an employee id, a user name, a department code) rather than a database key.
 */
public record AuditTarget(String type, String id) {

    public AuditTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditTarget staffMember(String employeeId) {
        return new AuditTarget("StaffMember", employeeId);
    }

    public static AuditTarget account(String username) {
        return new AuditTarget("Account", username);
    }

    public static AuditTarget department(String code) {
        return new AuditTarget("Department", code);
    }

    /** An enrolment, by its cmi5 registration (what the LRS's statements carry). */
    public static AuditTarget enrolment(String registration) {
        return new AuditTarget("Enrolment", registration);
    }

    public static AuditTarget jobRole(String code) {
        return new AuditTarget("JobRole", code);
    }

    public static AuditTarget lrsClient(String key) {
        return new AuditTarget("LrsClient", key);
    }

    public static AuditTarget lrsForwarding(String endpoint) {
        return new AuditTarget("LrsForwarding", endpoint);
    }

    public static AuditTarget hrImport(String fileName) {
        return new AuditTarget("HrImport", fileName);
    }

    public static AuditTarget course(String iri) {
        return new AuditTarget("Course", iri);
    }

    public static AuditTarget coursePackage(String fileName) {
        return new AuditTarget("CoursePackage", fileName);
    }
}
