package org.carelearn.audit.domain;

import java.util.Locale;

/** What happened. New kinds of event are added here, never renamed: stored rows keep the name. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    TEMPORARY_PASSWORD_ISSUED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    STAFF_CREATED,
    STAFF_UPDATED,
    STAFF_DEACTIVATED,
    STAFF_REACTIVATED,
    DEPARTMENT_CREATED,
    DEPARTMENT_UPDATED,
    DEPARTMENT_DEACTIVATED,
    DEPARTMENT_REACTIVATED,
    JOB_ROLE_CREATED,
    JOB_ROLE_UPDATED,
    JOB_ROLE_DEACTIVATED,
    JOB_ROLE_REACTIVATED,
    HR_IMPORT_COMPLETED,
    HR_IMPORT_REJECTED,
    LRS_CLIENT_CREATED,
    LRS_CLIENT_REVOKED,
    LRS_FORWARDING_CONFIGURED,
    LRS_HELD_STATEMENT_RETRIED,
    LRS_HELD_STATEMENT_RELEASED,
    ENROLMENT_CREATED,
    AU_WAIVED,
    CERTIFICATE_ISSUED,
    COURSE_IMPORTED,
    COURSE_IMPORT_REJECTED,
    COURSE_OFFERED,
    COURSE_NOT_OFFERED,
    COURSE_RETIRED,
    COURSE_REINSTATED,
    PUBLIC_ADDRESS_SET,
    SETTING_CHANGED,
    DATABASE_BACKED_UP,
    SESSION_ABANDONED,
    SIGN_IN_THROTTLED,
    ASSIGNMENT_RULE_CREATED,
    ASSIGNMENT_RULE_ENDED,
    REQUIREMENT_WAIVED,
    WAIVER_REVOKED,
    COMPETENCY_FRAMEWORK_PUBLISHED,
    COMPETENCY_REQUIREMENT_SET,
    COMPETENCY_REQUIREMENT_REMOVED,
    COURSE_COMPETENCY_MAPPED,
    COURSE_COMPETENCY_UNMAPPED,
    COMPETENCY_EVIDENCE_RECORDED,
    COMPETENCY_ACCESS_REFUSED,
    VALIDATOR_APPROVED,
    VALIDATOR_APPROVAL_ENDED,
    VALIDATION_REQUESTED,
    VALIDATION_REQUEST_WITHDRAWN,
    VALIDATION_REFUSED,
    PAGE_FORBIDDEN,
    CASE_RECORDED,
    CASE_UPDATED,
    CASE_VIEWED,
    CASE_SEARCHED,
    CASE_EXPORTED,
    CASE_PRINTED,
    CASE_ACCESS_REFUSED,
    CASE_IMPORT_COMPLETED,
    CASE_IMPORT_REJECTED,
    CASE_OWNER_OVERRIDDEN,
    CASE_COMPETENCY_LINKS_CHANGED,
    CASE_COMPETENCY_GAP_RECORDED,
    CASE_COMPETENCY_GAP_APPROVED,
    REPORTS_REBUILT,
    REPORT_EXPORTED,
    AUDIT_TRAIL_EXPORTED,
    PATIENT_EXPERIENCE_IMPORTED,
    PATIENT_EXPERIENCE_IMPORT_REFUSED,
    PATIENT_EXPERIENCE_MEASURE_CHANGED,
    SURVEY_PACK_REQUESTED,
    SURVEY_PACK_DOWNLOADED;

    /** The event in words, as people read the trail ("Staff member updated", not STAFF_UPDATED). */
    public String label() {
        return switch (this) {
            case SIGN_IN -> "Signed in";
            case SIGN_IN_FAILED -> "Sign-in failed";
            case SIGN_IN_LOCKED -> "Account locked after failed sign-ins";
            case SIGN_OUT -> "Signed out";
            case TEMPORARY_PASSWORD_ISSUED -> "Temporary password issued";
            case STAFF_CREATED -> "Staff member added";
            case STAFF_UPDATED -> "Staff member updated";
            case STAFF_DEACTIVATED -> "Staff member deactivated";
            case STAFF_REACTIVATED -> "Staff member reactivated";
            case DEPARTMENT_CREATED -> "Department added";
            case JOB_ROLE_CREATED -> "Job role added";
            case HR_IMPORT_COMPLETED -> "HR feed imported";
            case HR_IMPORT_REJECTED -> "HR feed refused";
            case LRS_CLIENT_CREATED -> "LRS client created";
            case LRS_CLIENT_REVOKED -> "LRS client revoked";
            case LRS_FORWARDING_CONFIGURED -> "LRS forwarding changed";
            case LRS_HELD_STATEMENT_RETRIED -> "Held statement sent again";
            case LRS_HELD_STATEMENT_RELEASED -> "Held statement released";
            case ENROLMENT_CREATED -> "Enrolled";
            case AU_WAIVED -> "Lesson waived";
            case COURSE_IMPORT_REJECTED -> "Course package refused";
            case COURSE_OFFERED -> "Course offered in the catalog";
            case COURSE_NOT_OFFERED -> "Course no longer offered";
            case COURSE_REINSTATED -> "Course returned from retirement";
            case REQUIREMENT_WAIVED -> "Required course waived";
            case WAIVER_REVOKED -> "Waiver ended early";
            case COURSE_COMPETENCY_MAPPED -> "Course mapped to a competency";
            case COURSE_COMPETENCY_UNMAPPED -> "Course no longer mapped to a competency";
            case COMPETENCY_ACCESS_REFUSED -> "Competency record refused";
            case VALIDATOR_APPROVED -> "Validator approved";
            case VALIDATOR_APPROVAL_ENDED -> "Validator approval withdrawn";
            case VALIDATION_REQUESTED -> "Observed validation requested";
            case VALIDATION_REQUEST_WITHDRAWN -> "Validation request withdrawn";
            case VALIDATION_REFUSED -> "Observed validation refused";
            case PAGE_FORBIDDEN -> "Page refused";
            case CASE_RECORDED -> "Case recorded";
            case CASE_UPDATED -> "Case worked on";
            case CASE_VIEWED -> "Case viewed";
            case CASE_SEARCHED -> "Cases listed or searched";
            case CASE_EXPORTED -> "Cases exported";
            case CASE_PRINTED -> "Case letter printed";
            case CASE_ACCESS_REFUSED -> "Case access refused";
            case CASE_IMPORT_COMPLETED -> "Complaint system cases imported";
            case CASE_IMPORT_REJECTED -> "Complaint system import refused";
            case CASE_OWNER_OVERRIDDEN -> "Grievance owner given by manager override";
            case CASE_COMPETENCY_LINKS_CHANGED -> "Case category competencies changed";
            case CASE_COMPETENCY_GAP_RECORDED -> "Competency gap recorded in a case review";
            case CASE_COMPETENCY_GAP_APPROVED -> "Competency gap approved as a requirement";
            case REPORTS_REBUILT -> "Report read models rebuilt";
            case REPORT_EXPORTED -> "Report exported";
            case AUDIT_TRAIL_EXPORTED -> "Audit trail exported";
            case PATIENT_EXPERIENCE_IMPORTED -> "Patient experience scores imported";
            case PATIENT_EXPERIENCE_IMPORT_REFUSED -> "Patient experience scores refused";
            case PATIENT_EXPERIENCE_MEASURE_CHANGED -> "Patient experience measure changed";
            case SURVEY_PACK_REQUESTED -> "Survey-ready pack requested";
            case SURVEY_PACK_DOWNLOADED -> "Survey-ready pack downloaded";
            default -> inWords(name());
        };
    }

    /** ACCOUNT_UNLOCKED reads "Account unlocked": good enough for names that say it plainly. */
    private static String inWords(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** For pages: Jakarta EL reads getters. */
    public String getLabel() {
        return label();
    }
}
