package org.carelearn.reporting.application.pack;

import java.util.List;

/**
 * One person in a survey-ready pack: who, where, in which job role, and the evidence for each competency their job
 * requires and each course required of them. Staff information only: nothing of any patient.
 */
public record PackPerson(String employeeId, String displayName, String sortName, String departmentName,
        String jobRoleTitle, List<PackCompetency> competencies, List<PackTraining> training) {

    public PackPerson {
        competencies = List.copyOf(competencies);
        training = List.copyOf(training);
    }

    /** How many of the required competencies the person holds at the level needed (competent or expiring). */
    public int competenciesHeld() {
        return (int) competencies.stream().filter(PackCompetency::holds).count();
    }

    /** How many of the required courses are completed (and, for a recurring one, still current). */
    public int trainingCompleted() {
        return (int) training.stream().filter(PackTraining::completed).count();
    }
}
