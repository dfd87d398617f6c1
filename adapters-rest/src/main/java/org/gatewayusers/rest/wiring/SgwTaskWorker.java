package org.gatewayusers.rest.wiring;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.application.sgw.RecoverTasks;
import org.gatewayusers.application.sgw.RunNextTask;
import org.gatewayusers.rest.pop.PopTransactions;

/**
 * Carries out the asynchronous Cloud Storage Gateway tasks: at start, tasks an earlier run left
 * unfinished are taken back; then a managed executor runs every claimable task, one transaction
 * each, polling the database (which every server shares) a few times a second.
 */
@ApplicationScoped
public class SgwTaskWorker {

    private static final Logger LOG = Logger.getLogger(SgwTaskWorker.class.getName());
    static final long POLL_MILLIS = 200;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    RunNextTask runNextTask;

    @Inject
    RecoverTasks recoverTasks;

    @Inject
    PopTransactions transactions;

    private volatile ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int recovered = transactions.run(recoverTasks::recover);
        if (recovered > 0) {
            LOG.info(() -> recovered + " unfinished task(s) taken back");
        }
        polling = scheduler.scheduleWithFixedDelay(this::drain, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            while (transactions.run(runNextTask::runNext)) {
                // one task per transaction, until none is left to claim
            }
        } catch (RuntimeException failure) {
            // the claim rolled back with it: the task is tried again on a later round
            LOG.log(Level.WARNING, "a task failed unexpectedly; it will be tried again", failure);
        }
    }

    /** Whether the worker polls for tasks: started, and its polling neither cancelled nor ended by a fault. */
    public boolean running() {
        ScheduledFuture<?> current = polling;
        return current != null && !current.isDone();
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
