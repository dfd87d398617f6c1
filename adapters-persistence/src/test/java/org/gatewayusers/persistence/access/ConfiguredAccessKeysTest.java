package org.gatewayusers.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.domain.access.AccessDecision;
import org.gatewayusers.domain.access.AccessKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfiguredAccessKeysTest {

    @TempDir
    Path directory;

    private final Map<String, String> environment = new HashMap<>();

    private ConfiguredAccessKeys configured() {
        return ConfiguredAccessKeys.from(new Settings(name -> Optional.ofNullable(environment.get(name))), directory);
    }

    @Test
    void has_the_readme_demo_key_allowed_everything_by_default() {
        AccessKey demo = configured().withId("demo-access-key").orElseThrow();

        assertEquals("demo-access-secret", demo.secret().reveal());
        assertTrue(demo.enabled());
        assertEquals(AccessDecision.ALLOWED, demo.decide("hcs-sgw:CreateGatewaySMBUser",
                "acs:hcs-sgw:cn-shanghai:" + demo.accountId() + ":gateway/gw-1"));
        assertEquals(AccessDecision.ALLOWED, demo.decide("smartag:DeleteSmartAccessGatewayClientUser", "*"));
    }

    @Test
    void takes_the_demo_key_from_the_environment() {
        environment.put("DEMO_ACCESS_KEY_ID", "my-demo");
        environment.put("DEMO_ACCESS_KEY_SECRET", "my-secret");

        assertTrue(configured().withId("demo-access-key").isEmpty());
        assertEquals("my-secret", configured().withId("my-demo").orElseThrow().secret().reveal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", " false "})
    void has_no_demo_key_without_demo_data(String setting) {
        environment.put("DEMO_DATA", setting);

        assertTrue(configured().withId("demo-access-key").isEmpty());
        assertTrue(configured().demo().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "", "yes"})
    void keeps_the_demo_key_while_demo_data_is_not_false(String setting) {
        environment.put("DEMO_DATA", setting);

        assertTrue(configured().withId("demo-access-key").isPresent());
    }

    @Test
    void reads_access_keys_json_in_the_working_directory_by_default() throws IOException {
        Files.writeString(directory.resolve("access-keys.json"), """
                {"AccessKeys": [{"AccessKeyId": "file-key", "AccessKeySecret": "s", "AccountId": "7"}]}""");

        assertEquals(directory.resolve("access-keys.json"), configured().file().path());
        assertEquals("7", configured().withId("file-key").orElseThrow().accountId());
    }

    @Test
    void reads_the_file_that_access_keys_file_names() throws IOException {
        Files.createDirectories(directory.resolve("conf"));
        Files.writeString(directory.resolve("conf/keys.json"), """
                {"AccessKeys": [{"AccessKeyId": "file-key", "AccessKeySecret": "s", "AccountId": "7"}]}""");
        environment.put("ACCESS_KEYS_FILE", "conf/keys.json");

        assertTrue(configured().withId("file-key").isPresent());
        environment.put("ACCESS_KEYS_FILE", directory.resolve("conf/keys.json").toString());
        assertTrue(configured().withId("file-key").isPresent());
    }

    @Test
    void the_demo_key_comes_before_a_file_key_of_the_same_id() throws IOException {
        Files.writeString(directory.resolve("access-keys.json"), """
                {"AccessKeys": [{"AccessKeyId": "demo-access-key", "AccessKeySecret": "other", "AccountId": "7"}]}""");

        assertEquals("demo-access-secret", configured().withId("demo-access-key").orElseThrow().secret().reveal());
        environment.put("DEMO_DATA", "false");
        assertEquals("other", configured().withId("demo-access-key").orElseThrow().secret().reveal());
    }

    @Test
    void knows_no_other_key() {
        assertFalse(configured().withId("nobody").isPresent());
    }
}
