package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.gatewayusers.persistence.sgw.SgwStore.bundles;
import static org.gatewayusers.persistence.sgw.SgwStore.gateways;
import static org.gatewayusers.persistence.sgw.SgwStore.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.gatewayusers.application.sgw.TaskBacklog.Snapshot;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The backlog counts waiting and running tasks of every gateway, and dates the oldest; finished ones do not count. */
class JdbcTaskBacklogTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final StorageBundle bundle = aStorageBundle().build();
    private final Gateway gateway = aFileGateway().in(bundle).named("gw1").build();
    private final Gateway otherGateway = aFileGateway().in(bundle).named("gw2").build();
    private final JdbcTaskBacklog backlog = new JdbcTaskBacklog(db.dataSource());

    JdbcTaskBacklogTest() {
        db.inTransaction(em -> {
            bundles(em).add(bundle);
            gateways(em).add(gateway);
            gateways(em).add(otherGateway);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void add(Task task) {
        db.inTransaction(em -> tasks(em).add(task));
    }

    @Test
    void is_empty_without_tasks() {
        assertEquals(new Snapshot(0, Optional.empty()), backlog.measure());
    }

    @Test
    void counts_waiting_and_running_tasks_of_all_gateways_and_dates_the_oldest() {
        add(aTask().on(gateway).withSequence(1).createdAt(T0.minusSeconds(600)).completed().build());
        add(aTask().on(gateway).withSequence(2).createdAt(T0.minusSeconds(300)).running("w", T0.plusSeconds(60)).build());
        add(aTask().on(gateway).withSequence(3).createdAt(T0).build());
        add(aTask().on(otherGateway).withSequence(1).createdAt(T0.minusSeconds(900))
                .failedFor(org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_EXISTS).build());
        add(aTask().on(otherGateway).withSequence(2).createdAt(T0.minusSeconds(100)).build());

        assertEquals(new Snapshot(3, Optional.of(T0.minusSeconds(300))), backlog.measure());
    }
}
