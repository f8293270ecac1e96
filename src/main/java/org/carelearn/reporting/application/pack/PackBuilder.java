package org.carelearn.reporting.application.pack;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.jobs.JobLeases;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.reporting.infrastructure.PackPdf;
import org.carelearn.reporting.infrastructure.PackXlsx;

/**
 * Builds the survey-ready packs in the background, on the node that holds the job lease {@value #JOB} (so on a
 * cluster one node builds, and another takes over when it stops): every {@value #POLL_SECONDS} s, and at once after
 * a request commits on this node, it takes the oldest pack waiting (or one a stopped node left half-built), puts
 * its people together {@value #GROUP} at a time, noting the progress after each group for the page's progress bar
 * and asking again between groups whether it still holds the lease, then stores the PDF and XLSX. A second job,
 * {@value #CLEANUP} (every quarter of an hour, under a lease of its own), deletes the packs whose day is over.
 */
@ApplicationScoped
public class PackBuilder {

    public static final String JOB = "survey-pack-builder";
    public static final String CLEANUP = "survey-pack-cleanup";
    static final int GROUP = 25;
    private static final long POLL_SECONDS = 3;
    private static final long CLEANUP_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(PackBuilder.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private JobLeases leases;

    @Inject
    private PackStore store;

    @Inject
    private PackSources sources;

    @Inject
    private HospitalTime time;

    @Inject
    private Settings settings;

    private final AtomicBoolean building = new AtomicBoolean();
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private volatile boolean stopping;

    void start(@Observes @Priority(SchemaMigrations.PRIORITY + 60) Startup startup) {
        leases.watch(JOB, this::soon);
        leases.watch(CLEANUP, this::cleanUp);
        scheduled.add(executor.scheduleWithFixedDelay(this::buildWaiting, POLL_SECONDS, POLL_SECONDS,
                TimeUnit.SECONDS));
        scheduled.add(executor.scheduleWithFixedDelay(this::cleanUp, 1, CLEANUP_MINUTES, TimeUnit.MINUTES));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        scheduled.forEach(f -> f.cancel(false));
    }

    /** Looks for waiting packs now rather than at the next poll (after a request committed). */
    public void soon() {
        if (!stopping) {
            executor.execute(this::buildWaiting);
        }
    }

    void buildWaiting() {
        if (!leases.runsHere(JOB) || !building.compareAndSet(false, true)) {
            return;
        }
        try {
            Optional<String> next;
            while (!stopping && leases.runsHere(JOB) && (next = store.next(leases.holder())).isPresent()) {
                build(next.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The survey-pack builder stopped with an error; it tries again in "
                    + POLL_SECONDS + " s", e);
        } finally {
            building.set(false);
        }
    }

    private void build(String id) {
        String holder = leases.holder();
        if (!store.claim(id, holder)) {
            return;
        }
        PackOrder order = store.order(id).orElseThrow();
        try {
            List<String> ids = order.departmentCode() != null ? store.employeeIdsOf(order.departmentCode())
                    : order.employeeIds();
            PackContentBuilder builder = sources.builder();
            List<PackPerson> people = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += GROUP) {
                if (stopping || !leases.runsHere(JOB)) {
                    LOG.info(() -> "Pack " + id + " is left for the node that holds job " + JOB + " now");
                    return;
                }
                people.addAll(sources.people(ids.subList(from, Math.min(ids.size(), from + GROUP)), builder));
                store.progress(id, holder, people.size(), ids.size());
            }
            PackContent content = new PackContent(order.title(), builder.on(), time.now(), people);
            byte[] pdf = PackPdf.write(content, settings.organisationName(), time.getZone());
            byte[] xlsx = PackXlsx.write(content);
            if (store.finish(id, holder, pdf, xlsx, people.stream().map(PackSummaryRow::of).toList(), time.now(),
                    time.now().plus(SurveyPacks.KEPT))) {
                LOG.info(() -> "Built the survey-ready pack of " + order.title() + ": " + people.size() + " people");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The survey-ready pack " + id + " could not be built", e);
            store.fail(id, holder, "It could not be built (" + e.getClass().getSimpleName()
                    + "); ask for it again, and if it fails again the server log says why");
        }
    }

    void cleanUp() {
        if (!leases.runsHere(CLEANUP)) {
            return;
        }
        try {
            int deleted = store.deleteExpired(time.now());
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " survey-ready pack(s) a day after they were built");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey-ready packs could not be cleaned up; the next run tries again", e);
        }
    }
}
