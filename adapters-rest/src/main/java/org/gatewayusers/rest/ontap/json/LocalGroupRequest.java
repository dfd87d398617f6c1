package org.gatewayusers.rest.ontap.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.ontap.CreateLocalGroupCommand;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * The body of a local-group {@code POST} or {@code PATCH}, shape-checked like {@link LocalUserRequest}:
 * known fields only, documented types, the edge's size cap.
 */
public record LocalGroupRequest(
        @Valid SvmReference svm,
        @Size(max = LocalUserRequest.FIELD_CAP, message = "name") String name,
        @Size(max = LocalUserRequest.FIELD_CAP, message = "description") String description,
        List<@Size(max = LocalUserRequest.FIELD_CAP, message = "members") String> members) {

    public static final Set<String> FIELDS = fields();

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Set.of("name", "description", "members", "_links"));
        fields.addAll(SvmReference.KEYS);
        return Set.copyOf(fields);
    }

    public static LocalGroupRequest parse(String body) {
        JsonBody json = JsonBody.parse(body).allowOnly(FIELDS);
        return new LocalGroupRequest(SvmReference.from(json), json.string("name").orElse(null),
                json.string("description").orElse(null), MemberNames.of(json, "members"));
    }

    public CreateLocalGroupCommand toCommand() {
        return new CreateLocalGroupCommand(svm.selector(), name, description, members);
    }

    public Optional<String> newName() {
        return Optional.ofNullable(name);
    }

    public Optional<String> newDescription() {
        return Optional.ofNullable(description);
    }

    /** A {@code PATCH} changes name and description; members change through {@code .../members}. */
    public void requireOnlyNameOrDescription(String pathUuid, String pathName) {
        if (!members.isEmpty()) {
            throw OntapProblem.badField("members", "Field \"members\" cannot be modified here: use .../members.");
        }
        boolean otherUuid = svm.uuid().filter(uuid -> !uuid.equalsIgnoreCase(pathUuid)).isPresent();
        boolean otherName = svm.name().filter(n -> !n.equals(pathName)).isPresent();
        if (otherUuid || otherName) {
            throw OntapProblem.badField("svm", "Field \"svm\" cannot be modified.");
        }
    }
}
