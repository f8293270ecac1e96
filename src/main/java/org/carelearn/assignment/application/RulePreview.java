package org.carelearn.assignment.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a rule would do, before anything changes: how many people it reaches, how many of them already
 * completed its training within its validity (nothing new is due for them), how many are exempt (every course
 * of it they have not completed is waived for them today, so nothing is due for them either while the waivers
 * last), and the first names of all it reaches, in name order. Nobody counts as both completed and exempt, so
 * {@code reached - alreadyCompleted - exempt} people have something to take.
 */
public record RulePreview(int reached, int alreadyCompleted, int exempt, List<String> firstNames)
        implements Serializable {

    /** How many names a preview lists. */
    public static final int NAMES = 10;
}
