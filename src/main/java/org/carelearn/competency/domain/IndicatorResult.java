package org.carelearn.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.carelearn.platform.BusinessRuleException;

/** An observed validation's verdict on one behavioural indicator: met or not met, with the validator's comment. */
@Embeddable
public class IndicatorResult {

    public static final int MAX_COMMENT = 1000;

    @Column(name = "INDICATOR_IDENTIFIER", nullable = false, length = 36)
    private String indicatorIdentifier;

    @Column(name = "MET", nullable = false)
    private boolean met;

    @Column(name = "COMMENT_TEXT", length = MAX_COMMENT)
    private String comment;

    protected IndicatorResult() {
    }

    public IndicatorResult(String indicatorIdentifier, boolean met, String comment) {
        this.indicatorIdentifier = Objects.requireNonNull(indicatorIdentifier);
        this.met = met;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (this.comment != null && this.comment.length() > MAX_COMMENT) {
            throw new BusinessRuleException("A comment on an indicator is at most " + MAX_COMMENT + " characters");
        }
    }

    public String getIndicatorIdentifier() {
        return indicatorIdentifier;
    }

    public boolean isMet() {
        return met;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorResult r && r.indicatorIdentifier.equals(indicatorIdentifier) && r.met == met
                && Objects.equals(r.comment, comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicatorIdentifier, met, comment);
    }
}
