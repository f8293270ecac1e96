package org.carelearn.reporting.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reporting's read model of cases (counts only, no patient). Written by {@link CaseModels} only. */
public interface CaseStore {

    /** Replaces what is held of these cases with these rows (an id without a row is forgotten). */
    void replace(Collection<String> caseIds, Collection<ReportCase> cases);

    /** Replaces every case held. */
    void replaceAll(Collection<ReportCase> cases);

    boolean isEmpty();

    /**
     * The cases received from {@code from} to {@code until} (both inclusive), counted per department, category
     * and kind; a case in two categories counts in each, one without a category in none.
     *
     * @param kind COMPLAINT or GRIEVANCE, or null for both
     */
    List<CaseCount> counts(LocalDate from, LocalDate until, String kind);

    /** A department's cases of a category (of both kinds) per month received, from and until both inclusive. */
    Map<YearMonth, Integer> monthly(String departmentCode, String categoryCode, YearMonth from, YearMonth until);

    /** One count of the read model. */
    record CaseCount(String departmentCode, String categoryCode, String kind, int cases) {
    }
}
