package org.gatewayusers.rest.ontap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import org.gatewayusers.application.ontap.CreateLocalUserCommand;
import java.util.List;
import org.gatewayusers.domain.shared.Password;

/**
 * The body of {@code POST /api/protocols/cifs/local-users}, shape-checked: known fields only, of
 * the documented types, each under the edge's size cap (the constraint message names the JSON field).
 * The vendor's own rules are the domain's, not repeated here.
 */
record CreateLocalUserRequest(
        @Valid SvmReference svm,
        @Size(max = FIELD_CAP, message = "name") String name,
        @Size(max = FIELD_CAP, message = "password") String password,
        @Size(max = FIELD_CAP, message = "full_name") String fullName,
        @Size(max = FIELD_CAP, message = "description") String description,
        Boolean accountDisabled,
        List<@Size(max = FIELD_CAP, message = "membership") String> membership) {

    /** Far above every vendor limit: only there so nothing huge is parsed any deeper. */
    static final int FIELD_CAP = 4096;

    private static final Set<String> FIELDS = fields();

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Set.of("name", "password", "full_name", "description", "account_disabled",
                "membership", "_links"));
        fields.addAll(SvmReference.KEYS);
        return Set.copyOf(fields);
    }

    static CreateLocalUserRequest parse(String body) {
        JsonBody json = JsonBody.parse(body).allowOnly(FIELDS);
        return new CreateLocalUserRequest(SvmReference.from(json), json.string("name").orElse(null),
                json.string("password").orElse(null), json.string("full_name").orElse(null),
                json.string("description").orElse(null), json.bool("account_disabled").orElse(null),
                membership(json));
    }

    private static final Set<String> MEMBERSHIP_FIELDS = Set.of("name", "sid", "_links");

    /** Each group by name, or by SID when no name is given. */
    private static List<String> membership(JsonBody json) {
        return json.objects("membership").stream()
                .map(group -> group.allowOnly(MEMBERSHIP_FIELDS))
                .map(group -> group.string("name").or(() -> group.string("sid"))
                        .orElseThrow(() -> OntapProblem.badField("membership", "Each membership entry needs a name or a sid.")))
                .toList();
    }

    CreateLocalUserCommand toCommand() {
        return new CreateLocalUserCommand(svm.selector(), name, password == null ? null : Password.of(password), fullName,
                description, Boolean.TRUE.equals(accountDisabled), membership);
    }

    @Override
    public String toString() {
        return "CreateLocalUserRequest[svm=" + svm + ", name=" + name + ", password=****]";
    }
}
