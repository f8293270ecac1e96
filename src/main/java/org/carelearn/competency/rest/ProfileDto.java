package org.carelearn.competency.rest;

import java.time.LocalDate;
import java.util.List;
import org.carelearn.competency.application.Profile;
import org.carelearn.competency.application.ProfileLine;

/** A person's competency profile for other systems: each competency, level needed and shown, status, until when. */
public record ProfileDto(String employeeId, String displayName, String jobRole, String department, LocalDate asOf,
        List<Line> competencies) {

    static ProfileDto of(Profile profile) {
        return new ProfileDto(profile.employeeId(), profile.displayName(), profile.jobRoleTitle(),
                profile.departmentName(), profile.asOf(), profile.lines().stream().map(Line::of).toList());
    }

    /** One competency of the profile; {@code status} is a CompetencyStatus name, {@code statusLabel} its words. */
    public record Line(String competency, String code, String title, String framework, boolean required,
            int levelNeeded, String levelNeededLabel, Integer levelShown, String levelShownLabel, String status,
            String statusLabel, LocalDate currentUntil, LocalDate lapsesOn, String nextStep, int evidenceCount) {

        static Line of(ProfileLine l) {
            return new Line(l.competencyIdentifier(), l.code(), l.title(), l.frameworkTitle(), l.required(),
                    l.levelNeeded(), l.levelNeededLabel(), l.levelShown(), l.levelShownLabel(), l.status().name(),
                    l.getStatusLabel(), l.currentUntil(), l.lapsesOn(), l.nextStep(), l.evidence().size());
        }
    }
}
