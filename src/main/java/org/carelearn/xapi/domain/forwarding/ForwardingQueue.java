package org.carelearn.xapi.domain.forwarding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored statements seen as a queue in stored order, for forwarding. A position is a statement's place
 * in that order; positions are committed in order, so what lies after a position never changes behind it.
 */
public interface ForwardingQueue {

    /** At most {@code limit} statements after {@code position}, in stored order. */
    List<PendingStatement> after(long position, int limit);

    /** The statement at exactly {@code position}, if one is stored there. */
    Optional<PendingStatement> at(long position);

    /** How many statements there are after {@code position}. */
    long countAfter(long position);

    /** The byte size of the attachment content the LRS holds, for those of these hashes it has. */
    Map<String, Long> storedSizes(Collection<String> sha2s);
}
