package org.carelearn.casework.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores case records and the category taxonomy. Cases are never deleted. */
public interface CaseRepository {

    void add(CaseRecord caseRecord);

    Optional<CaseRecord> byPublicId(String publicId);

    /** The cases the hospital's complaint system sent before, by its case number. */
    Map<String, CaseRecord> byExternalNumbers(Collection<String> numbers);

    Set<String> externalNumbers();

    /**
     * Lets go of a new case a flush has written and this transaction will not change again, so that later flushes
     * and the commit do not compare it for changes (an import writes thousands). Not for a case read from the
     * database: letting go of one walks its relations, which costs more than the comparison it saves.
     */
    void letGo(CaseRecord caseRecord);

    /** The cases matching the filter, newest received first. */
    List<CaseRecord> search(CaseFilter filter, int max);

    List<CaseCategory> categories();

    Optional<CaseCategory> category(String code);

    void add(CaseCategory category);

    /** The links from categories (and from every grievance) to the competencies they need. */
    List<CompetencyLink> competencyLinks();

    void add(CompetencyLink link);

    void remove(CompetencyLink link);

    /** The competency gaps case reviews recorded on the case, oldest first. */
    List<CaseGap> gapsOf(CaseRecord caseRecord);

    Optional<CaseGap> gap(long id);

    void add(CaseGap gap);

    /** Writes what is pending (an import flushes in batches). */
    void flush();
}
