package org.gatewayusers.rest.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final String SVM = "svm1";

    private final RecordingTransaction transaction = new RecordingTransaction();
    private final GroupCommit groupCommit = new GroupCommit();
    private final ExecutorService requests = Executors.newCachedThreadPool();
    /** What each transaction ran, in commit order. */
    private final List<List<String>> committed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void wire() {
        groupCommit.transaction = transaction;
    }

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    @Test
    void aWorkAloneRunsAtOnceInATransactionOfItsOwn() {
        assertEquals("alone", groupCommit.run(SVM, work("alone")));

        assertEquals(List.of(List.of("alone")), committed);
        assertEquals(0, transaction.rollbacks.get());
        assertEquals(0, groupCommit.lanesHeld(), "no lane is kept once its works are done");
    }

    @Test
    void theWorksThatArriveWhileAGroupRunsShareTheNextCommit() throws Exception {
        List<Future<String>> others = groupBehindAFirstWork(List.of(work("b"), work("c"), work("d")));

        for (int i = 0; i < others.size(); i++) {
            assertEquals(List.of("b", "c", "d").get(i), others.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(List.of("first"), List.of("b", "c", "d")), committed,
                "the first alone, then the three that waited, together");
        assertEquals(0, transaction.rollbacks.get());
        assertEquals(0, groupCommit.lanesHeld(), "no lane is kept once its works are done");
    }

    @Test
    void aWorkThatThrowsInAGroupSendsEveryWorkOfItBackToATransactionOfItsOwn() throws Exception {
        IllegalArgumentException refused = new IllegalArgumentException("a user of that name exists");
        List<Future<String>> others = groupBehindAFirstWork(List.of(work("b"), () -> {
            throw refused;
        }, work("d")));

        assertEquals("b", others.get(0).get(10, TimeUnit.SECONDS));
        Exception thrown = assertThrows(Exception.class, () -> others.get(1).get(10, TimeUnit.SECONDS));
        assertSame(refused, thrown.getCause());
        assertEquals("d", others.get(2).get(10, TimeUnit.SECONDS));
        // first; then b and d again, each alone on its own request's thread (the group that held them was rolled back,
        // and so was the refused work)
        assertEquals(List.of("first"), committed.get(0));
        assertEquals(Set.of(List.of("b"), List.of("d")), Set.copyOf(committed.subList(1, committed.size())));
        assertEquals(2, transaction.rollbacks.get());
    }

    @Test
    void aGroupWhoseCommitFailsRunsEachOfItsWorksAgainAlone() throws Exception {
        transaction.refuseCommitNumber(2);
        List<Future<String>> others = groupBehindAFirstWork(List.of(work("b"), work("c")));

        assertEquals("b", others.get(0).get(10, TimeUnit.SECONDS));
        assertEquals("c", others.get(1).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("first"), committed.get(0));
        assertEquals(Set.of(List.of("b"), List.of("c")), Set.copyOf(committed.subList(1, committed.size())));
    }

    @Test
    void aWorkAloneWhoseCommitFailsFailsItsRequest() {
        transaction.refuseCommitNumber(1);

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> groupCommit.run(SVM, work("alone")));
        assertTrue(failed.getCause() instanceof RollbackException);
        assertEquals(List.of(), committed);
    }

    @Test
    void worksOfAnotherKeyDoNotWaitForAGroupOfTheFirst() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = firstHoldingTheLead(release);

        // the first holds its key's lead (waiting for a lock, say): another SVM's create runs at once all the same
        assertEquals("elsewhere", requests.submit(() -> groupCommit.run("svm2", work("elsewhere")))
                .get(10, TimeUnit.SECONDS));
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("elsewhere"), List.of("first")), committed);
    }

    @Test
    void worksWaitingBehindALeadThatFailsWithAnErrorStillRun() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> failing = requests.submit(() -> groupCommit.run(SVM, () -> {
            running.countDown();
            await(release);
            throw new StackOverflowError("a fault, not a refusal");
        }));
        running.await();
        List<Future<String>> others = new ArrayList<>();
        for (String name : List.of("b", "c")) {
            others.add(requests.submit(() -> groupCommit.run(SVM, work(name))));
            awaitWaiting(others.size());
        }
        release.countDown();

        assertTrue(assertThrows(Exception.class, () -> failing.get(10, TimeUnit.SECONDS)).getCause()
                instanceof StackOverflowError);
        assertEquals("b", others.get(0).get(10, TimeUnit.SECONDS));
        assertEquals("c", others.get(1).get(10, TimeUnit.SECONDS));
    }

    @Test
    void joinsATransactionAlreadyActive() throws Exception {
        transaction.begin();

        assertEquals("inside", groupCommit.run(SVM, () -> "inside"));
        assertEquals(1, transaction.begins.get(), "no transaction of its own");
    }

    /** The works, submitted while a first work runs, so that they wait for it and then form one group. */
    private List<Future<String>> groupBehindAFirstWork(List<Supplier<String>> works) throws Exception {
        CountDownLatch othersWaiting = new CountDownLatch(1);
        Future<String> first = firstHoldingTheLead(othersWaiting);
        List<Future<String>> others = new ArrayList<>();
        for (Supplier<String> each : works) {
            others.add(requests.submit(() -> groupCommit.run(SVM, each)));
            awaitWaiting(others.size());
        }
        othersWaiting.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        return others;
    }

    /** A first work of the key, running (and holding the key's lead) until released. */
    private Future<String> firstHoldingTheLead(CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<String> first = requests.submit(() -> groupCommit.run(SVM, () -> {
            running.countDown();
            await(release);
            return work("first").get();
        }));
        running.await();
        return first;
    }

    /** A work that names itself in its transaction's record. */
    private Supplier<String> work(String name) {
        return () -> {
            transaction.ran(name);
            return name;
        };
    }

    private void awaitWaiting(int works) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (groupCommit.waitingWorks(SVM) < works) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the works did not queue: " + groupCommit.waitingWorks(SVM));
            }
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    /** A JTA transaction per thread that records what ran in it, and what it committed. */
    private final class RecordingTransaction implements UserTransaction {

        final AtomicInteger begins = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();
        private final AtomicInteger commits = new AtomicInteger();
        private final ThreadLocal<List<String>> current = new ThreadLocal<>();
        private volatile int refusedCommit;

        void refuseCommitNumber(int number) {
            refusedCommit = number;
        }

        void ran(String name) {
            current.get().add(name);
        }

        @Override
        public void begin() {
            begins.incrementAndGet();
            current.set(new ArrayList<>());
        }

        @Override
        public void commit() throws RollbackException {
            List<String> ran = current.get();
            current.remove();
            if (commits.incrementAndGet() == refusedCommit) {
                throw new RollbackException("refused");
            }
            committed.add(ran);
        }

        @Override
        public void rollback() {
            rollbacks.incrementAndGet();
            current.remove();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getStatus() {
            return current.get() == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }
    }
}
