package org.carelearn.audit.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The record an event is about, named by a type and the identifier people use for it
 * (an employee id, a user name, a department code) rather than a database key.
 */
public record AuditTarget(String type, String id) {

    /**
     * Every type of record an event can be about, with its name in words, alphabetical by that name: the audit
     * trail's filter offers each. A new factory below adds its type here ({@code AuditTargetTest} checks).
     */
    public static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("Account", "Account"),
            Map.entry("AssignmentRule", "Assignment rule"),
            Map.entry("Competency", "Competency"),
            Map.entry("CompetencyFramework", "Competency framework"),
            Map.entry("CaseImport", "Case import"),
            Map.entry("CaseRecord", "Case record"),
            Map.entry("CaseRecords", "Case records (many)"),
            Map.entry("Course", "Course"),
            Map.entry("CoursePackage", "Course package"),
            Map.entry("DatabaseBackup", "Database backup"),
            Map.entry("Department", "Department"),
            Map.entry("Enrolment", "Enrolment"),
            Map.entry("HrImport", "HR import"),
            Map.entry("JobRole", "Job role"),
            Map.entry("LrsClient", "LRS client"),
            Map.entry("LrsForwarding", "LRS forwarding"),
            Map.entry("Page", "Page"),
            Map.entry("PatientExperienceImport", "Patient experience import"),
            Map.entry("PatientExperienceMeasure", "Patient experience measure"),
            Map.entry("Report", "Leadership report"),
            Map.entry("Setting", "Setting"),
            Map.entry("StaffMember", "Staff member"),
            Map.entry("SurveyPack", "Survey-ready pack")).entrySet().stream()
            .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

    public AuditTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** A page or resource, by its path. */
    public static AuditTarget page(String path) {
        return new AuditTarget("Page", path);
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

    /** An assignment rule, by its id (rules have no other name that is unique). */
    public static AuditTarget assignmentRule(String id) {
        return new AuditTarget("AssignmentRule", id);
    }

    /** A backup of the database, by the name of its folder (the time it was taken, UTC). */
    public static AuditTarget databaseBackup(String folderName) {
        return new AuditTarget("DatabaseBackup", folderName);
    }

    /** A competency, by its identifier (the same in every version of its framework). */
    public static AuditTarget competency(String identifier) {
        return new AuditTarget("Competency", identifier);
    }

    /** A competency framework, by its identifier (CASE's CFDocument identifier). */
    public static AuditTarget competencyFramework(String identifier) {
        return new AuditTarget("CompetencyFramework", identifier);
    }

    /** One of the installation's settings, by its property name ({@code carelearn.public-url}). */
    public static AuditTarget setting(String name) {
        return new AuditTarget("Setting", name);
    }

    /** A patient-relations case, by its opaque id: never anything of the patient. */
    public static AuditTarget caseRecord(String publicId) {
        return new AuditTarget("CaseRecord", publicId);
    }

    /** Case records seen many at once: "search" or "export" (the detail says what was asked for). */
    public static AuditTarget caseRecords(String use) {
        return new AuditTarget("CaseRecords", use);
    }

    public static AuditTarget caseImport(String fileName) {
        return new AuditTarget("CaseImport", fileName);
    }

    /** One of leadership's reports or their read models, by name ("coverage", "audit-trail", "read-models"). */
    public static AuditTarget report(String name) {
        return new AuditTarget("Report", name);
    }

    /** A file of patient experience survey results, by its name. */
    public static AuditTarget patientExperienceImport(String fileName) {
        return new AuditTarget("PatientExperienceImport", fileName);
    }

    /** A patient experience survey measure, by its name ("Communication with Nurses"). */
    public static AuditTarget patientExperienceMeasure(String name) {
        return new AuditTarget("PatientExperienceMeasure", name);
    }

    /** A survey-ready pack, by its id. */
    public static AuditTarget surveyPack(String id) {
        return new AuditTarget("SurveyPack", id);
    }

    /** A record type in words: "StaffMember" reads "Staff member"; an unknown type as it is stored. */
    public static String typeLabel(String type) {
        return type == null ? "" : TYPES.getOrDefault(type, type);
    }
}
