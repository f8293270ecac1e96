package org.carelearn.reporting.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person's training history: where they sat (oldest first), the courses required of them and the days they
 * completed each course.
 */
public record PersonTraining(String employeeId, List<Placement> placements, List<Episode> episodes,
        Map<String, List<LocalDate>> completions) {

    public PersonTraining {
        placements = placements.stream().sorted(Comparator.comparing(Placement::from)).toList();
        episodes = List.copyOf(episodes);
        completions = Map.copyOf(completions);
    }

    /** Where they sat at the end of that day: the latest placement from then or before; empty before the first. */
    public Optional<Placement> placementOn(LocalDate day) {
        Placement found = null;
        for (Placement p : placements) {
            if (!p.from().isAfter(day)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }
}
