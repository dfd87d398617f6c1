package org.gatewayusers.rest.ontap.json;

import java.util.List;
import java.util.Set;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * Members as ONTAP's bodies name them: {@code {"name": "alex"}} for one, or {@code {"records": [{"name": ...}]}}
 * for a batch (never both), and a group's {@code members} array.
 */
public final class MemberNames {

    private static final Set<String> MEMBER_FIELDS = Set.of("name", "_links");
    public static final Set<String> BODY_FIELDS = Set.of("name", "records", "_links");

    private MemberNames() {
    }

    /** The names in an array field of objects with a {@code name}. */
    static List<String> of(JsonBody json, String arrayField) {
        return json.objects(arrayField).stream()
                .map(member -> member.allowOnly(MEMBER_FIELDS))
                .map(member -> member.string("name").orElseThrow(() ->
                        OntapProblem.badField(arrayField, "Each entry of \"" + arrayField + "\" needs a name.")))
                .toList();
    }

    /** The body of {@code POST} or {@code DELETE .../members}. */
    public static List<String> ofBody(String body) {
        JsonBody json = JsonBody.parse(body).allowOnly(BODY_FIELDS);
        var single = json.string("name");
        List<String> batch = of(json, "records");
        if (single.isPresent() && !batch.isEmpty()) {
            throw OntapProblem.badField("records", "Field \"records\" is not allowed when \"name\" is given.");
        }
        return single.map(List::of).orElse(batch);
    }
}
