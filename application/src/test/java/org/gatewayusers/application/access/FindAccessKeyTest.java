package org.gatewayusers.application.access;

import static org.gatewayusers.domain.access.AccessKeyBuilder.anAccessKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.access.AccessKey;
import org.junit.jupiter.api.Test;

class FindAccessKeyTest {

    private final AccessKey key = anAccessKey().withId("ak-1").build();
    private final AccessKey disabled = anAccessKey().withId("ak-2").disabled().build();
    private final FindAccessKey find = new FindAccessKey(InMemoryAccessKeys.of(key, disabled));

    @Test
    void finds_a_key_by_its_id_enabled_or_not() {
        assertEquals(key, find.find("ak-1").orElseThrow());
        assertEquals(disabled, find.find("ak-2").orElseThrow());
    }

    @Test
    void finds_nothing_for_an_unknown_or_blank_id() {
        assertTrue(find.find("nope").isEmpty());
        assertTrue(find.find("").isEmpty());
        assertTrue(find.find(null).isEmpty());
    }
}
