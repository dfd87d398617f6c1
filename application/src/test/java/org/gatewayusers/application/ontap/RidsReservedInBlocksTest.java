package org.gatewayusers.application.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;

class RidsReservedInBlocksTest {

    private final SvmUuid svm = SvmUuid.random();
    private final InMemoryRidBlocks store = new InMemoryRidBlocks().with(svm);

    @Test
    void hands_out_rids_from_1000_upwards_and_reserves_one_block_per_block_size() {
        Rids rids = new RidsReservedInBlocks(store, 4);

        List<Rid> handedOut = List.of(rids.next(svm), rids.next(svm), rids.next(svm), rids.next(svm), rids.next(svm));

        assertEquals(LongStream.range(1000, 1005).mapToObj(Rid::new).toList(), handedOut);
        assertEquals(2, store.reservations(svm));
    }

    @Test
    void reserves_the_next_block_once_half_of_the_current_one_is_handed_out_and_continues_into_it() {
        Rids rids = new RidsReservedInBlocks(store, 4);

        rids.next(svm);
        assertEquals(1, store.reservations(svm));
        rids.next(svm);
        assertEquals(2, store.reservations(svm), "reserved ahead at half the block");
        List<Rid> rest = List.of(rids.next(svm), rids.next(svm), rids.next(svm));

        assertEquals(LongStream.range(1002, 1005).mapToObj(Rid::new).toList(), rest);
        assertEquals(2, store.reservations(svm), "the block reserved ahead is used, not another one");
    }

    @Test
    void counts_each_svm_on_its_own() {
        SvmUuid other = SvmUuid.random();
        store.with(other);
        Rids rids = new RidsReservedInBlocks(store, 4);

        rids.next(svm);
        rids.next(svm);

        assertEquals(new Rid(1000), rids.next(other));
        assertEquals(new Rid(1002), rids.next(svm));
    }

    @Test
    void two_servers_on_one_store_never_hand_out_one_rid_twice_and_each_hands_out_rising_rids() {
        Rids one = new RidsReservedInBlocks(store, 4);
        Rids other = new RidsReservedInBlocks(store, 4);
        List<Rid> fromOne = new ArrayList<>();
        List<Rid> fromOther = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            fromOne.add(one.next(svm));
            fromOther.add(other.next(svm));
            fromOther.add(other.next(svm));
        }

        Set<Rid> all = new HashSet<>(fromOne);
        all.addAll(fromOther);
        assertEquals(30, all.size(), () -> "one RID handed out twice: " + fromOne + " " + fromOther);
        assertRising(fromOne);
        assertRising(fromOther);
    }

    @Test
    void a_server_started_again_continues_after_every_block_reserved_before_leaving_the_unused_rest_as_a_gap() {
        Rids beforeTheCrash = new RidsReservedInBlocks(store, 4);
        beforeTheCrash.next(svm);
        beforeTheCrash.next(svm);

        Rids afterTheRestart = new RidsReservedInBlocks(store, 4);

        assertEquals(new Rid(1008), afterTheRestart.next(svm), "after the block in use and the one reserved ahead");
    }

    @Test
    void sixteen_threads_get_distinct_rids() throws Exception {
        Rids rids = new RidsReservedInBlocks(store, 8);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Rid>>> futures = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            futures.add(threads.submit(() -> {
                start.await();
                List<Rid> mine = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    mine.add(rids.next(svm));
                }
                return mine;
            }));
        }
        start.countDown();
        List<Rid> all = new ArrayList<>();
        for (Future<List<Rid>> future : futures) {
            all.addAll(future.get());
        }
        threads.shutdown();

        assertEquals(1600, new HashSet<>(all).size());
        assertEquals(new Rid(1000), Collections.min(all, java.util.Comparator.comparingLong(Rid::value)));
        long reservations = store.reservations(svm);
        assertTrue(reservations >= 200 && reservations <= 201, () -> reservations + " reservations");
    }

    @Test
    void refuses_an_svm_the_store_does_not_know() {
        Rids rids = new RidsReservedInBlocks(store, 4);

        assertThrows(IllegalStateException.class, () -> rids.next(SvmUuid.random()));
    }

    @Test
    void refuses_an_empty_block() {
        assertThrows(IllegalArgumentException.class, () -> new RidsReservedInBlocks(store, 0));
    }

    private static void assertRising(List<Rid> rids) {
        for (int i = 1; i < rids.size(); i++) {
            assertTrue(rids.get(i).value() > rids.get(i - 1).value(), () -> "not rising: " + rids);
        }
    }
}
