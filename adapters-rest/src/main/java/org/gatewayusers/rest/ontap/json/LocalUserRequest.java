package org.gatewayusers.rest.ontap.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.ontap.CreateLocalUserCommand;
import org.gatewayusers.application.ontap.LocalUserChanges;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * The body of a local-user {@code POST} or {@code PATCH}, shape-checked: known fields only, of the
 * documented types, each under the edge's size cap (the constraint message names the JSON field).
 * The vendor's own rules are the domain's, not repeated here. {@code given} holds the fields the
 * body had, so a {@code PATCH} changes those only.
 */
public record LocalUserRequest(
        @Valid SvmReference svm,
        @Size(max = FIELD_CAP, message = "name") String name,
        @Size(max = FIELD_CAP, message = "password") String password,
        @Size(max = FIELD_CAP, message = "full_name") String fullName,
        @Size(max = FIELD_CAP, message = "description") String description,
        Boolean accountDisabled,
        List<@Size(max = FIELD_CAP, message = "membership") String> membership,
        Set<String> given) {

    /** Far above every vendor limit: only there so nothing huge is parsed any deeper. */
    static final int FIELD_CAP = 4096;

    public static final Set<String> FIELDS = fields();
    private static final Set<String> MEMBERSHIP_FIELDS = Set.of("name", "sid", "_links");

    public LocalUserRequest {
        given = given == null ? Set.of() : Set.copyOf(given);
    }

    LocalUserRequest(SvmReference svm, String name, String password, String fullName, String description,
            Boolean accountDisabled, List<String> membership) {
        this(svm, name, password, fullName, description, accountDisabled, membership, Set.of());
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Set.of("name", "password", "full_name", "description", "account_disabled",
                "membership", "_links"));
        fields.addAll(SvmReference.KEYS);
        return Set.copyOf(fields);
    }

    public static LocalUserRequest parse(String body) {
        JsonBody json = JsonBody.parse(body).allowOnly(FIELDS);
        return new LocalUserRequest(SvmReference.from(json), json.string("name").orElse(null),
                json.string("password").orElse(null), json.string("full_name").orElse(null),
                json.string("description").orElse(null), json.bool("account_disabled").orElse(null),
                membership(json), json.givenKeys());
    }

    /** Each group by name, or by SID when no name is given. */
    private static List<String> membership(JsonBody json) {
        return json.objects("membership").stream()
                .map(group -> group.allowOnly(MEMBERSHIP_FIELDS))
                .map(group -> group.string("name").or(() -> group.string("sid"))
                        .orElseThrow(() -> OntapProblem.badField("membership", "Each membership entry needs a name or a sid.")))
                .toList();
    }

    public CreateLocalUserCommand toCommand() {
        return new CreateLocalUserCommand(svm.selector(), name, password == null ? null : Password.of(password), fullName,
                description, Boolean.TRUE.equals(accountDisabled), membership);
    }

    /** What a {@code PATCH} changes: the fields it gave, with values. */
    public LocalUserChanges toChanges() {
        return new LocalUserChanges(Optional.ofNullable(name), Optional.ofNullable(password).map(Password::of),
                Optional.ofNullable(fullName), Optional.ofNullable(description), Optional.ofNullable(accountDisabled),
                given.contains("membership") ? Optional.of(membership) : Optional.empty());
    }

    /** A {@code PATCH} may repeat the SVM of its path, never name another: a user does not move. */
    /** Whether the body names an SVM (which each changed user's must then be). */
    public boolean namesSvm() {
        return svm.uuid().isPresent() || svm.name().isPresent();
    }

    public void requireSameSvm(String pathUuid, String pathName) {
        boolean otherUuid = svm.uuid().filter(uuid -> !uuid.equalsIgnoreCase(pathUuid)).isPresent();
        boolean otherName = svm.name().filter(name -> !name.equals(pathName)).isPresent();
        if (otherUuid || otherName) {
            throw OntapProblem.badField("svm", "Field \"svm\" cannot be modified.");
        }
    }

    @Override
    public String toString() {
        return "LocalUserRequest[svm=" + svm + ", name=" + name + ", password=****, given=" + given + "]";
    }
}
