package org.carelearn.staff.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByStaffMember(StaffMember staffMember);

    /** The account's session validity as stored now (never from a cache), or empty if there is no such account. */
    Optional<SessionValidity> sessionValidity(String username);

    /**
     * Accounts of these staff members (by employee id), for large imports. Reads what is stored: an account
     * added in this transaction and not yet flushed is not found.
     */
    Map<String, Account> findByEmployeeIds(Collection<String> employeeIds);

    /** Every user name in use, to keep imported accounts from colliding. */
    Set<String> usernames();

    long countAwaitingPassword();

    List<Account> findLocked(Instant now);

    void add(Account account);
}
