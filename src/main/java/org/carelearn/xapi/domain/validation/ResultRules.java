package org.carelearn.xapi.domain.validation;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;
import org.carelearn.xapi.domain.format.IsoDuration;

/**
 * Rules for {@code result}: typed fields, an ISO 8601 duration, and a coherent score.
 *
 * <p>Score comparisons use {@link BigDecimal} because the suite probes the boundaries with values
 * like {@code -1.00001} and min/max pairs that differ in the seventh decimal; doubles would be
 * fine here but exact decimals make the boundary behaviour obvious.
 */
final class ResultRules {

    private static final Set<String> RESULT_PROPERTIES =
            Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private ResultRules() {
    }

    static void validate(JsonValue value, String path) {
        Node result = Node.of(value, path).allowOnly(RESULT_PROPERTIES);
        result.booleanIfPresent("success");
        result.booleanIfPresent("completion");
        result.string("response");
        String duration = result.string("duration");
        if (duration != null && !IsoDuration.isValid(duration)) {
            throw Node.fail(result.at("duration"), "must be an ISO 8601 duration");
        }
        Formats.extensions(result);
        if (result.has("score")) {
            score(result.object("score"));
        }
    }

    private static void score(Node score) {
        score.allowOnly(SCORE_PROPERTIES);
        BigDecimal scaled = decimal(score.number("scaled"));
        BigDecimal raw = decimal(score.number("raw"));
        BigDecimal min = decimal(score.number("min"));
        BigDecimal max = decimal(score.number("max"));
        if (scaled != null && (scaled.compareTo(MINUS_ONE) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            throw Node.fail(score.at("scaled"), "must be between -1 and 1");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            throw Node.fail(score.at("min"), "must be less than max");
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            throw Node.fail(score.at("raw"), "must not be less than min");
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            throw Node.fail(score.at("raw"), "must not be greater than max");
        }
    }

    private static BigDecimal decimal(JsonNumber n) {
        return n == null ? null : n.bigDecimalValue();
    }
}
