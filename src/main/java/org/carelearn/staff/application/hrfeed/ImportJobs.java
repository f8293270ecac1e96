package org.carelearn.staff.application.hrfeed;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.domain.HrFeedRefused;

/**
 * Runs HR imports in the background so that the admin's page can show progress, one import at a time
 * (two feeds upserting the same people at once could only conflict). Finished jobs are kept for the
 * page to show their result until the next import starts.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private HrFeedImport hrFeedImport;

    @Inject
    private Event<HrFeedRefused> refused;

    @Inject
    private HospitalTime time;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    /** Starts an import of the file's bytes and returns at once. */
    public synchronized ImportJob start(Actor actor, String fileName, byte[] csv) {
        jobs.values().stream().filter(job -> !job.status().finished()).findAny().ifPresent(running -> {
            throw new BusinessRuleException("An import of " + running.fileName() + " started by " + running.startedBy()
                    + " is still running; wait for it to finish");
        });
        jobs.clear();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), actor.username(), fileName, time.now());
        jobs.put(job.id(), job);
        executor.submit(() -> run(job, actor, csv));
        return job;
    }

    public Optional<ImportJob> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    private void run(ImportJob job, Actor actor, byte[] csv) {
        try {
            job.finish(hrFeedImport.run(actor, job.fileName(),
                    new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8), job));
        } catch (RuntimeException e) {
            // A write that the checks did not foresee (someone edited the same person meanwhile, say):
            // the transaction rolled back, so nothing was imported. The log has the details.
            LOG.log(Level.WARNING, "HR import of " + job.fileName() + " failed and was rolled back", e);
            String reason = "Nothing was imported: writing failed and was undone (" + rootMessage(e)
                    + "). Run the import again; if it fails again, the server log has the details.";
            refused.fire(new HrFeedRefused(actor, job.fileName(), reason));
            job.fail(reason);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
