package org.carelearn.assignment.application;

import java.util.List;

/**
 * What a rule would do, before anything changes: how many people it reaches, how many of them already
 * completed its training within its validity (nothing new is due for them), and the first names, in name order.
 */
public record RulePreview(int reached, int alreadyCompleted, List<String> firstNames) {

    /** How many names a preview lists. */
    public static final int NAMES = 10;
}
