package org.carelearn.xapi.domain.forwarding;

import java.util.List;
import java.util.Optional;

/** The statements forwarding holds back. Every method takes part in the caller's transaction. */
public interface HeldStatementRepository {

    void add(HeldStatement held);

    /** Oldest (lowest position) first. */
    List<HeldStatement> list(int first, int max);

    long count();

    Optional<HeldStatement> byStatementId(String statementId);

    void remove(HeldStatement held);
}
