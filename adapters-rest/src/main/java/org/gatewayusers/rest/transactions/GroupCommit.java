package org.gatewayusers.rest.transactions;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs the works of requests that arrive together in one transaction, so that they share one commit. The embedded
 * database writes every commit to its file before the commit returns, under one lock, one writer at a time: creates
 * at 16 connections spent most of their time queued there, one commit each (README "Performance").
 *
 * <p>Works are grouped by a key (creates by their SVM), so that a work that waits for a lock the database holds for
 * another transaction, such as the deletion of its SVM's CIFS server, holds up only the works of its own key, which
 * would wait for the same lock. A work waits while its key's group runs, and the next request to lead takes every work
 * of that key waiting by then: the busier the server, the larger the groups; a request alone runs alone, at once. If a
 * work of a group throws, or the group's commit fails, the group is rolled back and each of its works runs again, on
 * its own request's thread, in a transaction of its own, so that each request still gets all or none of its own work
 * and its own answer. A work must therefore be one that may run twice when the first run was rolled back.
 */
@ApplicationScoped
public class GroupCommit {

    /** Bounds how much one commit holds, and how long the first work of a group waits for the last. */
    static final int MOST_IN_ONE_COMMIT = 32;

    @Resource
    UserTransaction transaction;

    private final Map<Object, Lane> lanes = new ConcurrentHashMap<>();

    /** The work's result once committed, or what it (or its own transaction) threw. */
    public <T> T run(Object key, Supplier<T> work) {
        if (inTransactionAlready()) {
            return work.get();
        }
        Waiting<T> mine = new Waiting<>(work);
        lanes.computeIfAbsent(key, Lane::new).await(mine);
        return mine.alone() ? alone(work) : mine.outcome();
    }

    /** How many keys have a lane now: for tests. */
    int lanesHeld() {
        return lanes.size();
    }

    /** How many works of the key wait for a group: for tests. */
    int waitingWorks(Object key) {
        Lane lane = lanes.get(key);
        return lane == null ? 0 : lane.waiting.size();
    }

    private boolean inTransactionAlready() {
        try {
            return OwnTransaction.active(transaction);
        } catch (jakarta.transaction.SystemException failed) {
            throw new IllegalStateException("the transaction's status is unknown", failed);
        }
    }

    private <T> T alone(Supplier<T> work) {
        try {
            return OwnTransaction.run(transaction, 0, work::get);
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception failed) {
            throw new IllegalStateException("the transaction did not run", failed);
        }
    }

    /** The works of one key: those waiting, and the lead, held by the request whose thread runs their group. */
    private final class Lane {

        private final Object key;
        private final ReentrantLock leading = new ReentrantLock();
        private final Queue<Waiting<?>> waiting = new ConcurrentLinkedQueue<>();
        private final Object turns = new Object();

        Lane(Object key) {
            this.key = key;
        }

        /** Until the work was settled by a group, or sent back to run alone. */
        void await(Waiting<?> mine) {
            waiting.add(mine);
            boolean interrupted = false;
            while (!mine.settled()) {
                if (leading.tryLock()) {
                    try {
                        while (!mine.settled()) {
                            commitTogether(nextGroup(), mine);
                            wakeWaiting();
                        }
                    } finally {
                        leading.unlock();
                        if (waiting.isEmpty()) {
                            // no lane is kept for a key that is idle (a key is what a request names, a bogus SVM
                            // too); a work that still joins this lane leads it, the next request of the key makes another
                            lanes.remove(key, this);
                        }
                        // the works that arrived during the last group (or were left by a lead given up on an Error):
                        // one of their requests leads next
                        wakeWaiting();
                    }
                } else {
                    interrupted |= awaitTurn(mine);
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Until a group was settled or the lead is free; whether the thread was interrupted meanwhile. */
        private boolean awaitTurn(Waiting<?> mine) {
            synchronized (turns) {
                if (mine.settled() || !leading.isLocked()) {
                    return false;
                }
                try {
                    turns.wait();
                    return false;
                } catch (InterruptedException interrupted) {
                    // the work is in a group already, perhaps: the request waits for its outcome all the same
                    return true;
                }
            }
        }

        private void wakeWaiting() {
            synchronized (turns) {
                turns.notifyAll();
            }
        }

        private List<Waiting<?>> nextGroup() {
            List<Waiting<?>> group = new ArrayList<>();
            for (Waiting<?> next = waiting.poll(); next != null;
                    next = group.size() < MOST_IN_ONE_COMMIT ? waiting.poll() : null) {
                group.add(next);
            }
            return group;
        }

        private void commitTogether(List<Waiting<?>> group, Waiting<?> mine) {
            if (group.size() == 1 && group.get(0) == mine) {
                // alone, holding the lead all the same: the works that arrive meanwhile form the next group
                mine.settle(() -> alone(mine.work));
                return;
            }
            if (group.size() == 1) {
                group.get(0).sendBackAlone();
                return;
            }
            List<Object> results;
            try {
                results = OwnTransaction.run(transaction, 0, () -> {
                    List<Object> each = new ArrayList<>(group.size());
                    group.forEach(work -> each.add(work.work.get()));
                    return each;
                });
            } catch (Exception | Error failed) {
                // which work failed, and whether the others would have: each tells, on its own request's thread
                group.forEach(Waiting::sendBackAlone);
                return;
            }
            for (int i = 0; i < group.size(); i++) {
                group.get(i).succeeded(results.get(i));
            }
        }
    }

    /** A request's work, and then its outcome. Settled by the leading thread, read by the request's own after it. */
    private static final class Waiting<T> {

        final Supplier<T> work;
        private volatile boolean settled;
        private boolean alone;
        private Object result;
        private RuntimeException failure;

        Waiting(Supplier<T> work) {
            this.work = work;
        }

        void succeeded(Object result) {
            this.result = result;
            settled = true;
        }

        void settle(Supplier<?> outcome) {
            try {
                result = outcome.get();
            } catch (RuntimeException failed) {
                failure = failed;
            }
            settled = true;
        }

        void sendBackAlone() {
            alone = true;
            settled = true;
        }

        boolean settled() {
            return settled;
        }

        boolean alone() {
            return alone;
        }

        @SuppressWarnings("unchecked")
        T outcome() {
            if (failure != null) {
                throw failure;
            }
            return (T) result;
        }
    }
}
