package org.gatewayusers.rest.ontap.json;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.domain.ontap.SvmRules;
import org.gatewayusers.domain.ontap.SvmSettings;

/**
 * The body of {@code POST /api/svm/svms} and {@code PATCH /api/svm/svms/{uuid}} as ONTAP's pages and its clients write
 * it: {@code name}, {@code comment}, and the settings {@code language}, {@code state}, {@code subtype},
 * {@code max_volumes}, {@code ipspace} and {@code snapshot_policy} (a name, or an object naming it: Ansible's
 * {@code na_ontap_svm} sends {@code "ipspace": "Default"}, Terraform's provider {@code "ipspace": {}} for "unchanged"),
 * {@code aggregates} ({@code [{name}]}) and one object per protocol ({@code "nfs": {"allowed": false}}).
 */
public record SvmRequest(Optional<String> name, Optional<String> comment, SvmSettings settings) {

    private static final Set<String> SETTINGS = Set.of("language", "state", "subtype", "max_volumes", "ipspace",
            "snapshot_policy", "aggregates");

    /** The fields a create reads: the settings, and {@code _links}, which a record read back carries. */
    public static final Set<String> CREATE_FIELDS = known(Set.of("name", "comment", "_links"));
    public static final Set<String> CHANGE_FIELDS = known(Set.of("name", "comment"));

    public static SvmRequest ofCreate(String body) {
        return read(JsonBody.parse(body), CREATE_FIELDS);
    }

    public static SvmRequest ofChange(String body) {
        return read(JsonBody.parse(body), CHANGE_FIELDS);
    }

    private static Set<String> known(Set<String> own) {
        Set<String> known = new HashSet<>(own);
        known.addAll(SETTINGS);
        known.addAll(SvmRules.PROTOCOLS);
        return Set.copyOf(known);
    }

    private static SvmRequest read(JsonBody json, Set<String> known) {
        json.allowOnly(known);
        Optional<List<String>> aggregates = json.givenKeys().contains("aggregates")
                ? Optional.of(json.objects("aggregates").stream()
                        .map(aggregate -> aggregate.allowOnly(Set.of("name", "uuid")).string("name")
                                .or(() -> aggregate.string("uuid")).orElse(""))
                        .toList())
                : Optional.empty();
        Map<String, Boolean> allowed = new HashMap<>();
        Map<String, Boolean> enabled = new HashMap<>();
        for (String protocol : SvmRules.PROTOCOLS) {
            json.object(protocol).ifPresent(service -> {
                service.allowOnly(Set.of("allowed", "enabled"));
                service.bool("allowed").ifPresent(value -> allowed.put(protocol, value));
                service.bool("enabled").ifPresent(value -> enabled.put(protocol, value));
            });
        }
        SvmSettings settings = new SvmSettings(json.string("language"), json.string("state"), json.string("subtype"),
                json.stringOrNamed("ipspace"), json.stringOrNamed("snapshot_policy"), aggregates,
                json.string("max_volumes"), allowed, enabled);
        return new SvmRequest(json.string("name"), json.string("comment"), settings);
    }
}
