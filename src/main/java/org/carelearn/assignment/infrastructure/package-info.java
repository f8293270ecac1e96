/** JPA storage of rules, curricula and assignments; the staff directory read as assignment's people. */
package org.carelearn.assignment.infrastructure;
