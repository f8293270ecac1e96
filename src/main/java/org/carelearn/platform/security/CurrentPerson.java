package org.carelearn.platform.security;

import java.util.Optional;

/**
 * Who is signed in to the current request. Pages and resources of every context ask here; the staff context,
 * which keeps the accounts, answers. (Platform knows no context: it only names the question.)
 */
public interface CurrentPerson {

    /** The person signed in, or empty for an anonymous request. */
    Optional<SignedInPerson> get();

    /** Their employee id, or null for an anonymous request. */
    default String employeeId() {
        return get().map(SignedInPerson::employeeId).orElse(null);
    }
}
