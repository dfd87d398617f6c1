package org.gatewayusers.application.shared;

import static org.gatewayusers.application.shared.Settings.Setting.ONTAP_ADMIN_USER;
import static org.gatewayusers.application.shared.Settings.Setting.ONTAP_LOCKOUT_DURATION;
import static org.gatewayusers.application.shared.Settings.Setting.PASSWORD_CHECK_CONCURRENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    private static Settings of(Map<String, String> values) {
        return new Settings(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void unset_and_blank_values_take_the_fallback_and_values_are_trimmed() {
        assertEquals("admin", of(Map.of()).text(ONTAP_ADMIN_USER, "admin"));
        assertEquals("admin", of(Map.of("ONTAP_ADMIN_USER", "  ")).text(ONTAP_ADMIN_USER, "admin"));
        assertEquals("ops", of(Map.of("ONTAP_ADMIN_USER", " ops ")).text(ONTAP_ADMIN_USER, "admin"));
        assertEquals(3, of(Map.of("PASSWORD_CHECK_CONCURRENCY", " 3")).count(PASSWORD_CHECK_CONCURRENCY, 1));
        assertEquals(Duration.ofDays(1), of(Map.of("ONTAP_LOCKOUT_DURATION", "P1D")).duration(ONTAP_LOCKOUT_DURATION, Duration.ZERO));
        assertEquals(Duration.ZERO, of(Map.of()).duration(ONTAP_LOCKOUT_DURATION, Duration.ZERO));
    }

    @Test
    void a_value_of_the_wrong_kind_fails_naming_the_setting() {
        IllegalStateException count = assertThrows(IllegalStateException.class,
                () -> of(Map.of("PASSWORD_CHECK_CONCURRENCY", "many")).count(PASSWORD_CHECK_CONCURRENCY, 1));
        assertEquals("PASSWORD_CHECK_CONCURRENCY must be a whole number, not many", count.getMessage());
        IllegalStateException duration = assertThrows(IllegalStateException.class,
                () -> of(Map.of("ONTAP_LOCKOUT_DURATION", "15m")).duration(ONTAP_LOCKOUT_DURATION, Duration.ZERO));
        assertTrue(duration.getMessage().startsWith("ONTAP_LOCKOUT_DURATION must be an ISO-8601 duration"));
    }

    @ParameterizedTest(name = "DEMO_DATA=\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true      | true
            TRUE      | true
            'false'   | false
            FALSE     | false
            ' FALSE ' | false
            ''        | true
            yes       | true
            no        | true
            0         | true
            """)
    void demo_data_is_off_only_when_false(String setting, boolean wanted) {
        assertEquals(wanted, of(Map.of("DEMO_DATA", setting)).demoData());
    }

    @Test
    void demo_data_is_on_when_nothing_is_set() {
        assertTrue(of(Map.of()).demoData());
    }
}
