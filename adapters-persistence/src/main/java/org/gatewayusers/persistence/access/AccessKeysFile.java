package org.gatewayusers.persistence.access;

import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.DOCUMENT_MALFORMED;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.domain.access.AccessKeySecret;
import org.gatewayusers.domain.access.AccessPolicy;
import org.gatewayusers.domain.access.AccessPolicyRejection;
import org.gatewayusers.domain.shared.Rejection;
import org.gatewayusers.domain.access.Permissions;

/**
 * Access keys from a JSON file, read again whenever it changes (no restart needed):
 *
 * <pre>{@code
 * {"AccessKeys": [{"AccessKeyId": "ops-key", "AccessKeySecret": "...", "AccountId": "1000000000000001",
 *                  "Enabled": true,
 *                  "Policies": [{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "hcs-sgw:*", "Resource": "*"}]}]}]}
 * }</pre>
 *
 * A file that cannot be read whole (bad JSON, a malformed policy, a key twice) is refused whole: none of its keys is
 * accepted until it is fixed, and the log says where the fault is, never a secret. An absent file holds no key.
 */
final class AccessKeysFile {

    private static final Logger LOG = Logger.getLogger(AccessKeysFile.class.getName());
    private static final Set<String> KEY_ELEMENTS = Set.of("AccessKeyId", "AccessKeySecret", "AccountId", "Enabled", "Policies");
    static final int MAX_ID_LENGTH = 128;

    private final Path path;
    private final boolean named;
    private Object version = "never read";
    private Map<String, AccessKey> keys = Map.of();

    /** {@code named}: the operator named the file, so its absence is worth a warning. */
    AccessKeysFile(Path path, boolean named) {
        this.path = Objects.requireNonNull(path, "path");
        this.named = named;
    }

    Path path() {
        return path;
    }

    Optional<AccessKey> withId(String accessKeyId) {
        return Optional.ofNullable(current().get(accessKeyId));
    }

    /** The keys as the file holds them now: read again when its time or size changed. */
    synchronized Map<String, AccessKey> current() {
        Object seen = versionOnDisk();
        if (!seen.equals(version)) {
            version = seen;
            keys = load(seen);
        }
        return keys;
    }

    private Object versionOnDisk() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return List.of(attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException absent) {
            return "absent";
        } catch (IOException unreadable) {
            return "unreadable";
        }
    }

    private Map<String, AccessKey> load(Object seen) {
        if (seen.equals("absent")) {
            if (named) {
                LOG.warning(() -> "access keys file " + path + " does not exist: it holds no key");
            }
            return Map.of();
        }
        try {
            Map<String, AccessKey> loaded = parse(Files.readString(path, StandardCharsets.UTF_8));
            LOG.info(() -> loaded.size() + " access key(s) from " + path);
            return loaded;
        } catch (IOException unreadable) {
            LOG.severe(() -> "access keys file " + path + " cannot be read; none of its keys is accepted: "
                    + unreadable.getClass().getSimpleName());
            return Map.of();
        } catch (Rejection | IllegalArgumentException refused) {
            // the messages name the element at fault, never a value: no secret reaches the log
            LOG.log(Level.SEVERE, () -> "access keys file " + path + " is refused; none of its keys is accepted: "
                    + refused.getMessage());
            return Map.of();
        }
    }

    /** The keys of a whole file, by id; any fault refuses the whole file. */
    static Map<String, AccessKey> parse(String json) {
        JsonValue document;
        try (var reader = Json.createReader(new StringReader(json))) {
            document = reader.readValue();
        } catch (JsonParsingException notJson) {
            var at = notJson.getLocation();
            throw malformed("(file)", "not JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")");
        } catch (JsonException notJson) {
            throw malformed("(file)", "not JSON");
        }
        if (!(document instanceof JsonObject object) || !(object.get("AccessKeys") instanceof JsonArray entries)
                || object.size() != 1) {
            throw malformed("(file)", "{\"AccessKeys\": [...]} is expected");
        }
        Map<String, AccessKey> keys = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            AccessKey key = key(entries.get(i), "AccessKeys[" + i + "]");
            if (keys.putIfAbsent(key.id(), key) != null) {
                throw malformed("AccessKeys[" + i + "].AccessKeyId", "the id is given twice");
            }
        }
        return Map.copyOf(keys);
    }

    private static AccessKey key(JsonValue value, String at) {
        if (!(value instanceof JsonObject entry)) {
            throw malformed(at, "an access key is a JSON object");
        }
        for (String name : entry.keySet()) {
            if (!KEY_ELEMENTS.contains(name)) {
                throw malformed(at + "." + name, "unknown element");
            }
        }
        String id = text(entry, "AccessKeyId", at);
        if (id.length() > MAX_ID_LENGTH || !id.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw malformed(at + ".AccessKeyId", "at most " + MAX_ID_LENGTH + " printable ASCII characters");
        }
        String secret = text(entry, "AccessKeySecret", at);
        String account = text(entry, "AccountId", at);
        JsonValue enabled = entry.getOrDefault("Enabled", JsonValue.TRUE);
        if (enabled != JsonValue.TRUE && enabled != JsonValue.FALSE) {
            throw malformed(at + ".Enabled", "true or false is expected");
        }
        JsonValue policies = entry.getOrDefault("Policies", JsonValue.EMPTY_JSON_ARRAY);
        if (!(policies instanceof JsonArray documents)) {
            throw malformed(at + ".Policies", "an array of policy documents is expected");
        }
        List<AccessPolicy> read = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                read.add(PolicyDocuments.parse(documents.get(i)));
            } catch (AccessPolicyRejection rejected) {
                throw new AccessPolicyRejection(rejected.reason(),
                        at + ".Policies[" + i + "]." + rejected.field().orElse(""), null);
            }
        }
        return new AccessKey(id, AccessKeySecret.of(secret), account, enabled == JsonValue.TRUE, new Permissions(read));
    }

    private static String text(JsonObject entry, String name, String at) {
        if (!(entry.get(name) instanceof JsonString text) || text.getString().isBlank()) {
            throw malformed(at + "." + name, "a non-empty string is expected");
        }
        return text.getString();
    }

    private static AccessPolicyRejection malformed(String at, String why) {
        return new AccessPolicyRejection(DOCUMENT_MALFORMED, at, why);
    }
}
