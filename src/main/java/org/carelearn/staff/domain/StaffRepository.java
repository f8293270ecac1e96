package org.carelearn.staff.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface StaffRepository {

    Optional<StaffMember> findByEmployeeId(String employeeId);

    Optional<StaffMember> findByEmail(String email);

    /**
     * Staff with these employee ids, keyed by employee id; loads in chunks for large imports. Reads what is
     * stored: someone added in this transaction and not yet flushed is not found.
     */
    Map<String, StaffMember> findByEmployeeIds(Collection<String> employeeIds);

    /**
     * The employee ids of the person's managers, nearest first, up to the top of the line; empty for someone who
     * reports to nobody or does not exist. Reads ids only, not the people.
     */
    List<String> managersAbove(String employeeId);

    /**
     * The employee id of each of these people's direct manager, keyed by the person's; someone who reports to
     * nobody or does not exist is absent. Reads ids only, in chunks.
     */
    Map<String, String> managerIdsOf(Collection<String> employeeIds);

    /** The identifying facts of every staff member, for checking a whole import against the directory at once. */
    List<StaffKey> keys();

    List<StaffMember> directReportsOf(StaffMember manager);

    List<StaffMember> search(StaffSearch search, int first, int max);

    long count(StaffSearch search);

    long countActive();

    /** Active head count per department name, in name order. */
    Map<String, Long> activeCountByDepartment();

    void add(StaffMember staffMember);

    /** Writes pending changes now, so that a later step in the same transaction sees them. */
    void flush();
}
