package org.gatewayusers.rest.ontap.json;

import java.util.Optional;
import java.util.Set;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * The SVM a body names, nested ({@code {"svm": {"name": "svm1"}}}) or as the flat dotted keys
 * Ansible sends ({@code {"svm.uuid": "..."}}). A key given both ways must say the same thing.
 */
public record SvmReference(Optional<String> uuid, Optional<String> name) {

    public static final Set<String> KEYS = Set.of("svm", "svm.uuid", "svm.name");
    private static final Set<String> NESTED_KEYS = Set.of("uuid", "name", "_links");

    public static SvmReference from(JsonBody body) {
        Optional<JsonBody> nested = body.object("svm").map(svm -> svm.allowOnly(NESTED_KEYS));
        Optional<String> uuid = agree("svm.uuid", body.string("svm.uuid"), nested.flatMap(svm -> svm.string("uuid")));
        Optional<String> name = agree("svm.name", body.string("svm.name"), nested.flatMap(svm -> svm.string("name")));
        return new SvmReference(uuid, name);
    }

    private static Optional<String> agree(String field, Optional<String> flat, Optional<String> nested) {
        if (flat.isPresent() && nested.isPresent() && !flat.equals(nested)) {
            throw OntapProblem.badField(field, "Field \"" + field + "\" is given twice with different values.");
        }
        return flat.or(() -> nested);
    }

    public SvmSelector selector() {
        return new SvmSelector(uuid, name);
    }
}
