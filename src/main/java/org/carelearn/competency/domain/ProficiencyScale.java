package org.carelearn.competency.domain;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;

/**
 * The levels a framework's competencies are shown at, lowest first. Each framework names its own scale; ranks
 * run 1, 2, 3... without gaps so that "level needed" and "level shown" compare as numbers.
 */
public record ProficiencyScale(String name, List<ProficiencyLevel> levels) implements Serializable {

    public static final int MAX_LEVELS = 10;

    public ProficiencyScale {
        name = name == null ? "" : name.strip();
        levels = levels == null ? List.of() : List.copyOf(levels);
        if (name.isEmpty()) {
            throw new BusinessRuleException("A proficiency scale needs a name");
        }
        if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
            throw new BusinessRuleException("The scale " + name + " needs 2 to " + MAX_LEVELS + " levels, not "
                    + levels.size());
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            ProficiencyLevel level = levels.get(i);
            if (level.rank() != i + 1) {
                throw new BusinessRuleException("The levels of " + name + " must be ranked 1 to " + levels.size()
                        + " from the lowest, in order; level " + (i + 1) + " is ranked " + level.rank());
            }
            if (!names.add(level.name().toLowerCase(Locale.ROOT))) {
                throw new BusinessRuleException("The scale " + name + " names two levels " + level.name());
            }
        }
    }

    public ProficiencyLevel lowest() {
        return levels.get(0);
    }

    public ProficiencyLevel highest() {
        return levels.get(levels.size() - 1);
    }

    /** The level of that rank; refused, with the scale's range, when it has none. */
    public ProficiencyLevel level(int rank) {
        if (rank < 1 || rank > levels.size()) {
            throw new BusinessRuleException("The scale " + name + " has levels 1 to " + levels.size() + ", not "
                    + rank);
        }
        return levels.get(rank - 1);
    }
}
