package org.carelearn.staff.domain;

import java.time.Instant;
import java.time.LocalDate;

/** Plain domain objects for unit tests: no database, no container. */
final class StaffFixtures {

    static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    static final Department INFUSION = new Department("INFUSION", "Infusion Center");
    static final JobRole NURSE = new JobRole("RN-INFUSION", "Infusion Nurse");

    private StaffFixtures() {
    }

    static StaffMember person(String employeeId) {
        return new StaffMember(employeeId, details(employeeId.toLowerCase() + "@lindenridge.example"), NOW);
    }

    static StaffDetails details(String email) {
        return new StaffDetails(new PersonName("Ana", "Ruiz"), email, INFUSION, NURSE, LocalDate.of(2022, 3, 1));
    }
}
