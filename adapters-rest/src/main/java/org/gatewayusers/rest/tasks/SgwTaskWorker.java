package org.gatewayusers.rest.tasks;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.application.sgw.RecoverTasks;
import org.gatewayusers.application.sgw.RunNextTask;
import org.gatewayusers.rest.lifecycle.ApplicationLifecycle;
import org.gatewayusers.rest.pop.PopTransactions;

/**
 * Carries out the asynchronous Cloud Storage Gateway tasks: at start, tasks an earlier run left
 * unfinished are taken back; then a managed executor runs every claimable task, one transaction
 * each, polling the database (which every server shares) a few times a second. {@link ApplicationLifecycle} starts it
 * once the schema is up to date and stops it before the persistence layer closes: a stop waits for the task in hand.
 */
@ApplicationScoped
public class SgwTaskWorker {

    private static final Logger LOG = Logger.getLogger(SgwTaskWorker.class.getName());
    static final long POLL_MILLIS = 200;
    /** How long a stop waits for the task in hand to finish; a task cut off is rolled back and run again later. */
    static final long STOP_WAIT_SECONDS = 20;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    RunNextTask runNextTask;

    @Inject
    RecoverTasks recoverTasks;

    @Inject
    PopTransactions transactions;

    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean stopping;
    private volatile ScheduledFuture<?> polling;

    public void start() {
        int recovered = transactions.run(recoverTasks::recover);
        if (recovered > 0) {
            LOG.info(() -> recovered + " unfinished task(s) taken back");
        }
        polling = scheduler.scheduleWithFixedDelay(this::drain, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void drain() {
        if (stopping || !draining.tryLock()) {
            return;
        }
        try {
            while (!stopping && transactions.run(() -> runNextTask.runNext())) {
                // one task per transaction, until none is left to claim
            }
        } catch (RuntimeException failure) {
            if (!stopping) {
                // the claim rolled back with it: the task is tried again on a later round
                LOG.log(Level.WARNING, "a task failed unexpectedly; it will be tried again", failure);
            }
        } finally {
            draining.unlock();
        }
    }

    /** Whether the worker polls for tasks: started, not stopping, and its polling neither cancelled nor ended by a fault. */
    public boolean running() {
        ScheduledFuture<?> current = polling;
        return !stopping && current != null && !current.isDone();
    }

    /** Takes no new task, and waits for the one in hand; idempotent. */
    @PreDestroy
    public void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
        }
        try {
            if (draining.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                draining.unlock();
            } else {
                LOG.warning(() -> "the task in hand did not finish within " + STOP_WAIT_SECONDS
                        + " s of the stop; it is rolled back and run again later");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
