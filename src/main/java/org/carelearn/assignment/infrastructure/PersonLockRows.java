package org.carelearn.assignment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * Makes the lock rows of people evaluated for the first time, in a transaction of its own: a row inserted by
 * the re-evaluation itself would stay locked by it, so a second re-evaluation inserting the same row would
 * fail on the key instead of waiting. Committed here, the row exists before anyone locks it.
 */
@ApplicationScoped
public class PersonLockRows {

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    /** Inserts a row for each; fails on the key when someone else inserted one meanwhile (the caller retries). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(Collection<String> employeeIds) {
        for (String employeeId : employeeIds) {
            em.createNativeQuery("INSERT INTO ASSIGNMENT_PERSON (EMPLOYEE_ID) VALUES (?)")
                    .setParameter(1, employeeId).executeUpdate();
        }
    }
}
