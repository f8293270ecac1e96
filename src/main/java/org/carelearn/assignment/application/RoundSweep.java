package org.carelearn.assignment.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.assignment.domain.AssignmentRepository;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;

/**
 * Every few hours, evaluates again everyone who holds an assignment: a recertification round whose window
 * opened today gets its new enrolment, and a change an observer missed (a failure, a restart) is caught up.
 * On a cluster it runs on the node that holds its lease ({@link JobLeases}), and stops between groups when that
 * node loses it.
 */
@ApplicationScoped
public class RoundSweep {

    /** The job's name in {@code JOB_LEASE}. */
    public static final String JOB = "assignment-round-sweep";
    private static final long EVERY_HOURS = 4;
    private static final Logger LOG = Logger.getLogger(RoundSweep.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private AssignmentRepository repository;

    @Inject
    private Reassessment reassessment;

    @Inject
    private JobLeases leases;

    private ScheduledFuture<?> sweeping;

    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 40) Startup startup) {
        leases.watch(JOB, null);
        sweeping = executor.scheduleWithFixedDelay(this::scheduledSweep, 10, EVERY_HOURS * 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    private void scheduledSweep() {
        if (leases.runsHere(JOB)) {
            sweep(() -> leases.runsHere(JOB));
        }
    }

    /** Evaluates everyone who holds an assignment again, a group at a time; each group commits on its own. */
    public void sweep() {
        sweep(() -> true);
    }

    private void sweep(BooleanSupplier goOn) {
        List<String> people;
        try {
            people = repository.peopleWithActiveAssignments();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recertification rounds could not be opened; the next sweep tries again", e);
            return;
        }
        for (int from = 0; from < people.size(); from += Reassessment.GROUP) {
            if (!goOn.getAsBoolean()) {
                LOG.warning(() -> "The round sweep stopped: this node no longer holds its lease"
                        + " (another node runs it)");
                return;
            }
            List<String> group = people.subList(from, Math.min(people.size(), from + Reassessment.GROUP));
            try {
                reassessment.reassessAlone(Actor.system(), group);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Assignment rules could not be evaluated again for " + group.size()
                        + " people from " + group.get(0) + "; the next sweep tries again", e);
            }
        }
    }
}
