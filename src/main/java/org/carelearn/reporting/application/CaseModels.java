package org.carelearn.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.carelearn.casework.application.CaseFact;
import org.carelearn.casework.application.CaseFacts;

/**
 * Writes reporting's read model of cases from casework's published query ({@link CaseFacts}), never from its
 * tables: some cases after they changed, or every case (an import, the rebuild command, a first start).
 */
@ApplicationScoped
public class CaseModels {

    @Inject
    private CaseFacts facts;

    @Inject
    private CaseStore store;

    /** Writes these cases again, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshAlone(Collection<String> caseIds) {
        store.replace(caseIds, facts.of(caseIds).stream().map(CaseModels::row).toList());
    }

    /** Writes every case again, in a transaction of its own; the number of cases written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refreshAll() {
        List<ReportCase> all = facts.all().stream().map(CaseModels::row).toList();
        store.replaceAll(all);
        return all.size();
    }

    public boolean isEmpty() {
        return store.isEmpty();
    }

    private static ReportCase row(CaseFact fact) {
        return new ReportCase(fact.caseId(), fact.kind(), fact.departmentCode(), fact.receivedOn(),
                fact.categories());
    }
}
