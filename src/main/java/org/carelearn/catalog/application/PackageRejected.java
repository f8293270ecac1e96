package org.carelearn.catalog.application;

import java.util.List;
import org.carelearn.platform.BusinessRuleException;

/** A package CareLearn will not import, with every reason found (nothing of it was stored). */
public class PackageRejected extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public PackageRejected(String fileName, List<String> reasons) {
        super("The package " + fileName + " was not imported: " + reasons.size()
                + (reasons.size() == 1 ? " problem" : " problems"));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    public List<String> getReasons() {
        return reasons;
    }
}
