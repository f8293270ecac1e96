package org.carelearn.reporting.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person's training history: where they sat (oldest first), the courses required of them, the days they
 * completed each course and the periods waivers covered.
 */
public record PersonTraining(String employeeId, List<Placement> placements, List<Episode> episodes,
        Map<String, List<LocalDate>> completions, List<Waived> waivers) {

    public PersonTraining {
        placements = placements.stream().sorted(Comparator.comparing(Placement::from)).toList();
        episodes = List.copyOf(episodes);
        completions = Map.copyOf(completions);
        waivers = List.copyOf(waivers);
    }

    /** A history without waivers. */
    public PersonTraining(String employeeId, List<Placement> placements, List<Episode> episodes,
            Map<String, List<LocalDate>> completions) {
        this(employeeId, placements, episodes, completions, List.of());
    }

    /** Whether a waiver covered the course on that day. */
    public boolean waived(String courseIri, LocalDate day) {
        return waivers.stream().anyMatch(w -> w.courseIri().equals(courseIri) && w.covers(day));
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
