package org.carelearn.competency.application.exchange;

import java.util.List;
import org.carelearn.platform.BusinessRuleException;

/** A CASE file CareLearn will not import, with every reason found in it (not only the first), for the sender to fix. */
public class CaseRefused extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public CaseRefused(List<String> reasons) {
        super(summary(reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    private static String summary(List<String> reasons) {
        return "The CASE file was refused and nothing was stored: " + reasons.size()
                + (reasons.size() == 1 ? " problem" : " problems") + " to fix";
    }
}
