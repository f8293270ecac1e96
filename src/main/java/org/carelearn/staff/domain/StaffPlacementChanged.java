package org.carelearn.staff.domain;

/**
 * A staff member joined, or their place in the hospital changed: department, job role, manager, hire date, or
 * leaving or returning to active service. Fired by the staff pages and the HR import in the transaction that
 * made the change; contexts that decide things by where people sit (assignment rules) observe it.
 */
public record StaffPlacementChanged(String employeeId) {
}
