package org.gatewayusers.persistence.access;

import java.nio.file.Path;
import java.util.Optional;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.application.shared.Settings.Setting;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.domain.access.AccessKeySecret;
import org.gatewayusers.domain.access.AccessPolicy;
import org.gatewayusers.domain.access.Permissions;

/**
 * The access keys that configuration gives, beside the operators' keys of the database:
 * <ul>
 * <li>the demo key ({@code DEMO_ACCESS_KEY_ID}, default {@value #DEMO_KEY_ID}; {@code DEMO_ACCESS_KEY_SECRET}, default
 * {@value #DEMO_KEY_SECRET}), allowed everything, present only while {@code DEMO_DATA} is not {@code false};</li>
 * <li>the keys of {@code ACCESS_KEYS_FILE} (default {@value #DEFAULT_KEYS_FILE} in the server's directory, the working
 * directory of an Open Liberty server), see {@link AccessKeysFile}.</li>
 * </ul>
 */
final class ConfiguredAccessKeys {

    static final String DEMO_KEY_ID = "demo-access-key";
    static final String DEMO_KEY_SECRET = "demo-access-secret";
    /** The account the demo key acts for: the {@code <account>} of the resource names it is matched against. */
    static final String DEMO_ACCOUNT_ID = "1000000000000000";
    static final String DEFAULT_KEYS_FILE = "access-keys.json";

    private final Optional<AccessKey> demo;
    private final AccessKeysFile file;

    ConfiguredAccessKeys(Optional<AccessKey> demo, AccessKeysFile file) {
        this.demo = demo;
        this.file = file;
    }

    /** From the settings, with relative paths taken from {@code workingDirectory}. */
    static ConfiguredAccessKeys from(Settings settings, Path workingDirectory) {
        Optional<AccessKey> demo = Optional.empty();
        if (settings.demoData()) {
            demo = Optional.of(new AccessKey(
                    settings.text(Setting.DEMO_ACCESS_KEY_ID, DEMO_KEY_ID),
                    AccessKeySecret.of(settings.text(Setting.DEMO_ACCESS_KEY_SECRET, DEMO_KEY_SECRET)),
                    DEMO_ACCOUNT_ID, true, Permissions.of(AccessPolicy.allowingEverything())));
        }
        Optional<String> named = settings.text(Setting.ACCESS_KEYS_FILE);
        Path path = workingDirectory.resolve(named.orElse(DEFAULT_KEYS_FILE));
        return new ConfiguredAccessKeys(demo, new AccessKeysFile(path, named.isPresent()));
    }

    /** The demo key first, then the file's keys. */
    Optional<AccessKey> withId(String accessKeyId) {
        if (demo.isPresent() && demo.get().id().equals(accessKeyId)) {
            return demo;
        }
        return file.withId(accessKeyId);
    }

    Optional<AccessKey> demo() {
        return demo;
    }

    AccessKeysFile file() {
        return file;
    }
}
