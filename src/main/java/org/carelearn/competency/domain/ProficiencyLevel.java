package org.carelearn.competency.domain;

import java.io.Serializable;
import org.carelearn.platform.BusinessRuleException;

/**
 * One step of a proficiency scale: its rank (1 is the lowest), the name people use for it ("Developing",
 * "Role model") and what it looks like in practice.
 */
public record ProficiencyLevel(int rank, String name, String description) implements Serializable {

    public static final int MAX_NAME = 60;
    public static final int MAX_DESCRIPTION = 1000;

    public ProficiencyLevel {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        if (rank < 1) {
            throw new BusinessRuleException("A proficiency level's rank starts at 1, not " + rank);
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BusinessRuleException("Level " + rank + " needs a name of 1 to " + MAX_NAME + " characters");
        }
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw new BusinessRuleException("Level " + rank + " (" + name + ") needs a description of 1 to "
                    + MAX_DESCRIPTION + " characters: assessors read it to choose the level");
        }
    }

    /** "Level 3, Proficient". */
    public String label() {
        return "Level " + rank + ", " + name;
    }
}
