package org.carelearn.assignment.rest;

import java.util.List;
import org.carelearn.assignment.application.RulePreview;

/**
 * What a rule does (or would do): how many people it reaches, how many of them already completed its training
 * within its validity, and the first ten names in name order.
 */
public record PreviewDto(int reached, int alreadyCompleted, List<String> firstNames) {

    static PreviewDto of(RulePreview preview) {
        return new PreviewDto(preview.reached(), preview.alreadyCompleted(), preview.firstNames());
    }
}
