package org.gatewayusers.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.gatewayusers.domain.access.AccessDecision;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.domain.access.AccessPolicyRejection;
import org.gatewayusers.domain.access.AccessPolicyRejection.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessKeysFileTest {

    private static final String SECRET = "very-secret-value-1";
    private static final String RESTRICTED = """
            {"AccessKeys": [
              {"AccessKeyId": "ops-key", "AccessKeySecret": "%s", "AccountId": "1000000000000001",
               "Policies": [{"Version": "1", "Statement": [
                  {"Effect": "Allow", "Action": "hcs-sgw:Describe*", "Resource": "*"},
                  {"Effect": "Deny", "Action": "hcs-sgw:DescribeTasks", "Resource": "*"}]}]},
              {"AccessKeyId": "off-key", "AccessKeySecret": "x", "AccountId": "1000000000000002", "Enabled": false}
            ]}""".formatted(SECRET);

    @TempDir
    Path directory;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(AccessKeysFile.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLog() {
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    private String everythingLogged() {
        StringBuilder all = new StringBuilder();
        logged.forEach(record -> all.append(new java.util.logging.SimpleFormatter().formatMessage(record)).append('\n'));
        return all.toString();
    }

    @Test
    void reads_keys_with_their_account_state_and_policies() {
        Map<String, AccessKey> keys = AccessKeysFile.parse(RESTRICTED);

        AccessKey ops = keys.get("ops-key");
        assertEquals(SECRET, ops.secret().reveal());
        assertEquals("1000000000000001", ops.accountId());
        assertTrue(ops.enabled());
        assertEquals(AccessDecision.ALLOWED, ops.decide("hcs-sgw:DescribeGatewaySMBUsers", "*"));
        assertEquals(AccessDecision.DENIED_EXPLICITLY, ops.decide("hcs-sgw:DescribeTasks", "*"));
        assertEquals(AccessDecision.NOT_ALLOWED, ops.decide("hcs-sgw:CreateGatewaySMBUser", "*"));
        assertFalse(keys.get("off-key").enabled());
        assertEquals(AccessDecision.NOT_ALLOWED, keys.get("off-key").decide("hcs-sgw:DescribeTasks", "*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON            | {"AccessKeys": [                                                                 | DOCUMENT_MALFORMED | (file)
            no key list         | {"Keys": []}                                                                     | DOCUMENT_MALFORMED | (file)
            something else too  | {"AccessKeys": [], "Other": 1}                                                   | DOCUMENT_MALFORMED | (file)
            a key as a string   | {"AccessKeys": ["k"]}                                                            | DOCUMENT_MALFORMED | AccessKeys[0]
            no id               | {"AccessKeys": [{"AccessKeySecret": "s", "AccountId": "1"}]}                     | DOCUMENT_MALFORMED | AccessKeys[0].AccessKeyId
            an id with a space  | {"AccessKeys": [{"AccessKeyId": "a b", "AccessKeySecret": "s", "AccountId": "1"}]} | DOCUMENT_MALFORMED | AccessKeys[0].AccessKeyId
            no secret           | {"AccessKeys": [{"AccessKeyId": "k", "AccountId": "1"}]}                         | DOCUMENT_MALFORMED | AccessKeys[0].AccessKeySecret
            no account          | {"AccessKeys": [{"AccessKeyId": "k", "AccessKeySecret": "s"}]}                   | DOCUMENT_MALFORMED | AccessKeys[0].AccountId
            enabled as a string | {"AccessKeys": [{"AccessKeyId": "k", "AccessKeySecret": "s", "AccountId": "1", "Enabled": "yes"}]} | DOCUMENT_MALFORMED | AccessKeys[0].Enabled
            unknown element     | {"AccessKeys": [{"AccessKeyId": "k", "AccessKeySecret": "s", "AccountId": "1", "Role": "x"}]} | DOCUMENT_MALFORMED | AccessKeys[0].Role
            policies not a list | {"AccessKeys": [{"AccessKeyId": "k", "AccessKeySecret": "s", "AccountId": "1", "Policies": {}}]} | DOCUMENT_MALFORMED | AccessKeys[0].Policies
            a malformed policy  | {"AccessKeys": [{"AccessKeyId": "k", "AccessKeySecret": "s", "AccountId": "1", "Policies": [{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "x", "Resource": "*"}]}]}]} | ACTION_MALFORMED | AccessKeys[0].Policies[0].Statement[0].Action
            one id twice        | {"AccessKeys": [{"AccessKeyId": "k", "AccessKeySecret": "s", "AccountId": "1"}, {"AccessKeyId": "k", "AccessKeySecret": "t", "AccountId": "1"}]} | DOCUMENT_MALFORMED | AccessKeys[1].AccessKeyId
            """)
    void refuses_a_file_it_cannot_read_whole(String why, String json, Reason reason, String field) {
        AccessPolicyRejection rejected = assertThrows(AccessPolicyRejection.class, () -> AccessKeysFile.parse(json));

        assertEquals(reason, rejected.reason(), rejected.getMessage());
        assertEquals(field, rejected.field().orElse(null), rejected.getMessage());
    }

    @Test
    void holds_no_key_while_the_file_is_absent_and_warns_only_when_it_was_named() {
        assertTrue(new AccessKeysFile(directory.resolve("access-keys.json"), false).current().isEmpty());
        assertTrue(logged.isEmpty());

        assertTrue(new AccessKeysFile(directory.resolve("named.json"), true).current().isEmpty());
        assertTrue(everythingLogged().contains("does not exist"), everythingLogged());
    }

    @Test
    void reads_the_file_again_when_it_changes() throws IOException {
        Path path = directory.resolve("access-keys.json");
        AccessKeysFile file = new AccessKeysFile(path, false);
        assertTrue(file.withId("ops-key").isEmpty());

        write(path, RESTRICTED, Instant.parse("2025-01-01T00:00:00Z"));
        assertTrue(file.withId("ops-key").isPresent());

        write(path, "{\"AccessKeys\": []}", Instant.parse("2025-01-01T00:00:01Z"));
        assertTrue(file.withId("ops-key").isEmpty());

        Files.delete(path);
        assertTrue(file.withId("ops-key").isEmpty());
    }

    @Test
    void refuses_every_key_of_a_broken_file_and_says_where_without_a_secret() throws IOException {
        Path path = directory.resolve("access-keys.json");
        AccessKeysFile file = new AccessKeysFile(path, true);
        write(path, RESTRICTED, Instant.parse("2025-01-01T00:00:00Z"));
        assertTrue(file.withId("ops-key").isPresent());

        write(path, RESTRICTED.replace("\"Effect\": \"Deny\"", "\"Effect\": \"Refuse\""), Instant.parse("2025-01-01T00:00:05Z"));

        assertTrue(file.withId("ops-key").isEmpty());
        assertTrue(file.withId("off-key").isEmpty());
        String log = everythingLogged();
        assertTrue(log.contains("AccessKeys[0].Policies[0].Statement[1].Effect"), log);
        assertFalse(log.contains(SECRET), log);
    }

    @Test
    void never_logs_a_secret_of_a_file_that_is_not_json() throws IOException {
        Path path = directory.resolve("access-keys.json");
        write(path, RESTRICTED.replace("]}]},", "]}]}"), Instant.parse("2025-01-01T00:00:00Z"));

        assertTrue(new AccessKeysFile(path, true).current().isEmpty());
        String log = everythingLogged();
        assertTrue(log.contains("not JSON"), log);
        assertFalse(log.contains(SECRET), log);
    }

    private static void write(Path path, String content, Instant modified) throws IOException {
        Files.writeString(path, content);
        Files.setLastModifiedTime(path, FileTime.from(modified));
    }
}
