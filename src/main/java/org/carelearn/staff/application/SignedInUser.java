package org.carelearn.staff.application;

import java.io.Serializable;
import java.util.Set;
import org.carelearn.platform.security.Role;

/**
 * What pages need to know about the person signed in, captured once at sign-in.
 *
 * @param employeeId their staff record
 * @param mustChangePassword whether they must choose a new password before doing anything else
 */
public record SignedInUser(String username, String employeeId, String displayName, String departmentName,
        String jobRoleTitle, Set<Role> roles, boolean mustChangePassword) implements Serializable {
}
