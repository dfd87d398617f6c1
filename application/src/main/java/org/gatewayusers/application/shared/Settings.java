package org.gatewayusers.application.shared;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The service's settings, each named once in {@link Setting}, read from the source the composition gives (in the
 * server: MicroProfile Config, where a system property wins over an environment variable of the same name). A blank
 * value counts as unset; a value that is not of its setting's kind fails the start, naming the setting.
 */
public final class Settings {

    /** Every setting the service reads (the README's table "Settings"). */
    public enum Setting {
        DEMO_DATA, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, ACCESS_KEYS_FILE,
        ONTAP_ADMIN_USER, ONTAP_ADMIN_PASSWORD, ONTAP_READONLY_USER, ONTAP_READONLY_PASSWORD,
        ONTAP_MAX_FAILED_LOGIN_ATTEMPTS, ONTAP_LOCKOUT_DURATION, ONTAP_MAX_FAILED_LOGINS_PER_ADDRESS,
        ONTAP_ADDRESS_FAILURE_WINDOW, ONTAP_FAILED_LOGIN_DELAY, PASSWORD_CHECK_CONCURRENCY, PASSWORD_CHECK_WAIT,
        ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_PARALLELISM,
        SAG_BANDWIDTH_MAX_KBPS, SAG_BANDWIDTH_DEFAULT_KBPS
    }

    private final Function<String, Optional<String>> source;

    /** {@code source}: a setting's value by its name, if any. */
    public Settings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The value, trimmed; empty when unset or blank. */
    public Optional<String> text(Setting setting) {
        return source.apply(setting.name()).map(String::trim).filter(value -> !value.isEmpty());
    }

    public String text(Setting setting, String fallback) {
        return text(setting).orElse(fallback);
    }

    /** A whole number. */
    public int count(Setting setting, int fallback) {
        Optional<String> raw = text(setting);
        try {
            return raw.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(setting + " must be a whole number, not " + raw.get(), notANumber);
        }
    }

    /** An ISO-8601 duration ({@code PT15M}, {@code P1D}). */
    public Duration duration(Setting setting, Duration fallback) {
        Optional<String> raw = text(setting);
        try {
            return raw.map(Duration::parse).orElse(fallback);
        } catch (DateTimeParseException notADuration) {
            throw new IllegalStateException(setting + " must be an ISO-8601 duration such as PT15M or P1D, not " + raw.get(),
                    notADuration);
        }
    }

    /** Demo data unless {@link Setting#DEMO_DATA} is {@code false}, in any case. */
    public boolean demoData() {
        return !text(Setting.DEMO_DATA).map(value -> value.equalsIgnoreCase("false")).orElse(false);
    }
}
