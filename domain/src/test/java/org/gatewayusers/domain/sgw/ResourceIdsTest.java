package org.gatewayusers.domain.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ids of storage bundles ({@code sb-}), gateways ({@code gw-}) and tasks ({@code t-}). */
class ResourceIdsTest {

    private static final Pattern TWENTY_LOWER_CASE_ALPHANUMERICS = Pattern.compile("[0-9a-z]{20}");

    @Test
    void draws_a_storage_bundle_id_of_sb_and_twenty_lower_case_alphanumerics() {
        String id = StorageBundleId.random(new SplittableRandom(1)).value();

        assertTrue(id.startsWith("sb-"), id);
        assertTrue(TWENTY_LOWER_CASE_ALPHANUMERICS.matcher(id.substring(3)).matches(), id);
    }

    @Test
    void draws_a_gateway_id_of_gw_and_twenty_lower_case_alphanumerics() {
        String id = GatewayId.random(new SplittableRandom(1)).value();

        assertTrue(id.startsWith("gw-"), id);
        assertTrue(TWENTY_LOWER_CASE_ALPHANUMERICS.matcher(id.substring(3)).matches(), id);
    }

    @Test
    void draws_a_task_id_of_t_and_twenty_lower_case_alphanumerics() {
        String id = TaskId.random(new SplittableRandom(1)).value();

        assertTrue(id.startsWith("t-"), id);
        assertTrue(TWENTY_LOWER_CASE_ALPHANUMERICS.matcher(id.substring(2)).matches(), id);
    }

    @Test
    void draws_different_ids_in_turn() {
        SplittableRandom random = new SplittableRandom(7);

        assertNotEquals(GatewayId.random(random), GatewayId.random(random));
    }

    @Test
    void uses_letters_as_well_as_digits() {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder drawn = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            drawn.append(TaskId.random(random).value().substring(2));
        }

        assertTrue(drawn.chars().anyMatch(Character::isLetter));
        assertTrue(drawn.chars().anyMatch(Character::isDigit));
    }

    @Test
    void reads_an_id_a_client_wrote_in_any_case_and_with_spaces_around() {
        assertEquals(Optional.of(new GatewayId("gw-000eg44nmxbsfwbvq2ab")), GatewayId.parse(" GW-000EG44NMXBSFWBVQ2AB "));
        assertEquals(Optional.of(new TaskId("t-000c6hshwukkbtxrb123")), TaskId.parse("t-000c6hshwukkbtxrb123"));
        assertEquals(Optional.of(new StorageBundleId("sb-000c6hshwukkbtxrb123")),
                StorageBundleId.parse("sb-000c6hshwukkbtxrb123"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "gw-", "gw-000eg44nmxbsfwbvq2a", "gw-000eg44nmxbsfwbvq2abc", "sb-000eg44nmxbsfwbvq2ab",
            "gw_000eg44nmxbsfwbvq2ab", "gw-000eg44nmxbsfwbvq2a*", "gw-000eg44nmxbsfwbvq2a-"})
    void reads_nothing_from_what_cannot_be_a_gateway_id(String raw) {
        assertEquals(Optional.empty(), GatewayId.parse(raw));
    }

    @Test
    void refuses_to_make_an_id_of_the_wrong_form() {
        assertThrows(IllegalArgumentException.class, () -> new GatewayId("gw-UPPERCASEUPPERCASE12"));
        assertThrows(IllegalArgumentException.class, () -> new TaskId("gw-000c6hshwukkbtxrb123"));
        assertThrows(IllegalArgumentException.class, () -> new StorageBundleId(null));
    }

    @Test
    void prints_as_its_value() {
        assertEquals("gw-000eg44nmxbsfwbvq2ab", new GatewayId("gw-000eg44nmxbsfwbvq2ab").toString());
    }
}
