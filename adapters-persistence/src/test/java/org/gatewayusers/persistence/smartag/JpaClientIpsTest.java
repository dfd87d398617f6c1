package org.gatewayusers.persistence.smartag;

import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.persistence.smartag.SmartagStore.clientIps;
import static org.gatewayusers.persistence.smartag.SmartagStore.instances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The free client addresses as ranges in the database: taking and freeing them, never walking the block. */
class JpaClientIpsTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final SagInstance instance = anInstance().withBlock("10.0.0.0/24").build();

    JpaClientIpsTest() {
        db.inTransaction(em -> instances(em).add(instance));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Optional<String> takeLowest() {
        return db.fromTransaction(em -> clientIps(em).takeLowestFree(instance)).map(ClientIp::toString);
    }

    private boolean take(String ip) {
        return db.fromTransaction(em -> clientIps(em).take(instance, ClientIp.parse(ip)));
    }

    private void release(String ip) {
        db.inTransaction(em -> clientIps(em).release(instance.id(), ClientIp.parse(ip)));
    }

    /** The free ranges as dotted quads, lowest first. */
    private List<String> freeRanges() {
        List<String> ranges = new ArrayList<>();
        for (String row : db.query("SELECT first_ip || '-' || last_ip FROM smartag_free_client_ip"
                + " WHERE instance_id = ? ORDER BY first_ip", instance.id().value())) {
            String[] ends = row.split("-");
            ranges.add(new ClientIp(Long.parseLong(ends[0])) + "-" + new ClientIp(Long.parseLong(ends[1])));
        }
        return ranges;
    }

    @Test
    void takes_the_lowest_free_address_never_the_network_or_the_gateway() {
        assertEquals(Optional.of("10.0.0.2"), takeLowest());
        assertEquals(Optional.of("10.0.0.3"), takeLowest());
        assertEquals(List.of("10.0.0.4-10.0.0.254"), freeRanges());
    }

    @Test
    void takes_an_address_out_of_the_middle_of_a_range() {
        assertTrue(take("10.0.0.100"));

        assertEquals(List.of("10.0.0.2-10.0.0.99", "10.0.0.101-10.0.0.254"), freeRanges());
        assertFalse(take("10.0.0.100"));
    }

    @Test
    void takes_the_ends_of_a_range_and_a_range_of_one() {
        assertTrue(take("10.0.0.254"));
        assertTrue(take("10.0.0.2"));
        assertTrue(take("10.0.0.4"));
        assertTrue(take("10.0.0.3"));

        assertEquals(List.of("10.0.0.5-10.0.0.253"), freeRanges());
    }

    @Test
    void never_takes_the_network_gateway_broadcast_or_an_outside_address() {
        assertFalse(take("10.0.0.0"));
        assertFalse(take("10.0.0.1"));
        assertFalse(take("10.0.0.255"));
        assertFalse(take("10.0.1.5"));
        assertEquals(List.of("10.0.0.2-10.0.0.254"), freeRanges());
    }

    @Test
    void a_freed_address_joins_the_ranges_beside_it() {
        take("10.0.0.50");
        take("10.0.0.51");
        take("10.0.0.52");

        release("10.0.0.51");
        assertEquals(List.of("10.0.0.2-10.0.0.49", "10.0.0.51-10.0.0.51", "10.0.0.53-10.0.0.254"), freeRanges());
        release("10.0.0.50");
        assertEquals(List.of("10.0.0.2-10.0.0.51", "10.0.0.53-10.0.0.254"), freeRanges());
        release("10.0.0.52");
        assertEquals(List.of("10.0.0.2-10.0.0.254"), freeRanges());
    }

    @Test
    void a_freed_address_at_the_edges_of_the_block_joins_its_one_neighbour() {
        takeLowest();
        take("10.0.0.254");

        release("10.0.0.254");
        release("10.0.0.2");

        assertEquals(List.of("10.0.0.2-10.0.0.254"), freeRanges());
    }

    @Test
    void the_lowest_free_address_after_a_release_is_the_released_one() {
        for (int i = 0; i < 10; i++) {
            takeLowest();
        }
        release("10.0.0.5");

        assertEquals(Optional.of("10.0.0.5"), takeLowest());
        assertEquals(Optional.of("10.0.0.12"), takeLowest());
    }

    @Test
    void refuses_to_free_a_free_address() {
        assertThrows(IllegalStateException.class, () -> release("10.0.0.77"));
        assertEquals(List.of("10.0.0.2-10.0.0.254"), freeRanges());
    }

    @Test
    void a_full_block_has_no_free_address() {
        for (int i = 0; i < 253; i++) {
            assertTrue(takeLowest().isPresent());
        }

        assertEquals(Optional.empty(), takeLowest());
        assertEquals(List.of(), freeRanges());
        assertFalse(take("10.0.0.7"));
    }

    @Test
    void the_addresses_of_an_instance_are_its_own() {
        SagInstance other = anInstance().withBlock("10.0.0.0/24").build();
        db.inTransaction(em -> instances(em).add(other));
        take("10.0.0.2");

        assertEquals(Optional.of(ClientIp.parse("10.0.0.2")),
                db.fromTransaction(em -> clientIps(em).takeLowestFree(other)));
    }
}
