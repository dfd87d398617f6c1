package org.gatewayusers.rest.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.gatewayusers.rest.pop.PopTransactions;
import org.junit.jupiter.api.Test;

class SgwTaskWorkerTest {

    @Test
    void a_stop_waits_for_the_task_in_hand_and_then_no_task_is_taken() throws Exception {
        CountDownLatch inTask = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger tasks = new AtomicInteger();
        SgwTaskWorker worker = new SgwTaskWorker();
        worker.transactions = new PopTransactions() {
            @Override
            public <T> T run(Supplier<T> work) {
                tasks.incrementAndGet();
                inTask.countDown();
                try {
                    release.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                @SuppressWarnings("unchecked")
                T more = (T) Boolean.TRUE;
                return more;
            }
        };
        Thread drainer = new Thread(worker::drain);
        drainer.start();
        assertTrue(inTask.await(10, TimeUnit.SECONDS));

        Thread stopper = new Thread(worker::stop);
        stopper.start();
        stopper.join(300);
        assertTrue(stopper.isAlive(), "the stop waits while a task runs");

        release.countDown();
        stopper.join(10_000);
        drainer.join(10_000);
        assertTrue(!stopper.isAlive() && !drainer.isAlive());
        assertEquals(1, tasks.get(), "after the stop, no further task is taken");
        worker.drain();
        assertEquals(1, tasks.get(), "a round after the stop takes none");
    }
}
