package org.carelearn.assignment.domain;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A fixed clock, a small hospital and rules with ids, as the repository would give them back. */
final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T14:00:00Z"), ZONE);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final Instant NOW = CLOCK.instant();

    static final String EMPATHY = "https://carelearn.example/courses/empathetic-communication";
    static final String TRAUMA = "https://carelearn.example/courses/trauma-informed-care";
    static final String CULTURE = "https://carelearn.example/courses/cultural-sensitivity";
    static final Set<String> CATALOG = Set.of(EMPATHY, TRAUMA, CULTURE);

    /** Ana, oncology nurse in ONC, reporting to Maria, who reports to the director Dan. */
    static final Person ANA = new Person("LR3002", "Ana Ruiz", "ONC", "ONC-RN", List.of("LR3001", "LR1001"),
            LocalDate.of(2024, 9, 2), true);
    static final Person MARIA = new Person("LR3001", "Maria Lopez", "ONC", "NURSE-MGR", List.of("LR1001"),
            LocalDate.of(2019, 1, 7), true);
    static final Person TOM = new Person("LR4001", "Tom Berg", "SURG", "ONC-RN", List.of("LR4000"),
            LocalDate.of(2026, 6, 1), true);

    private Fixtures() {
    }

    static AssignmentRule rule(long id, String name, String course, Target target, DuePolicy due,
            Recertification recertification) {
        return withId(AssignmentRule.forCourse(name, course, CATALOG, target, due, recertification, TODAY, NOW,
                "manager"), id);
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Person moved(Person person, String department, String jobRole) {
        return new Person(person.employeeId(), person.displayName(), department, jobRole, person.managers(),
                person.hireDate(), person.active());
    }
}
