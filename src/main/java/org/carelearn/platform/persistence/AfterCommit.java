package org.carelearn.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Work that follows a change once it is committed, done once for everyone the transaction touched. An HR import
 * changes thousands of people in one transaction and fires an event for each; observers that must do something
 * for each person (evaluate rules again, write read-model rows) gather the people here and get them as one list
 * after the commit, instead of working once per event inside the import. Nothing runs when the transaction rolls
 * back. Outside a transaction the work runs at once, for that one person.
 */
@ApplicationScoped
public class AfterCommit {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    /**
     * Adds {@code item} to what {@code work} gets after the current transaction commits.
     *
     * @param key one per kind of work, so two observers of the same transaction gather apart
     */
    public void gather(Object key, String item, Consumer<List<String>> work) {
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            work.accept(List.of(item));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> gathered = (Set<String>) transaction.getResource(key);
        if (gathered == null) {
            Set<String> fresh = new LinkedHashSet<>();
            transaction.putResource(key, fresh);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do until the change is committed
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        work.accept(new ArrayList<>(fresh));
                    }
                }
            });
            gathered = fresh;
        }
        gathered.add(item);
    }
}
