package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.shared.Password;

/**
 * A local-user PATCH as a client sends it, only the fields it names:
 * {@code aChange().renamedTo("blake").disabled(true).build()}. By default it changes nothing.
 */
public final class LocalUserChangesBuilder {

    private Optional<String> name = Optional.empty();
    private Optional<Password> password = Optional.empty();
    private Optional<String> fullName = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<Boolean> accountDisabled = Optional.empty();
    private Optional<List<String>> membership = Optional.empty();

    private LocalUserChangesBuilder() {
    }

    public static LocalUserChangesBuilder aChange() {
        return new LocalUserChangesBuilder();
    }

    public LocalUserChangesBuilder renamedTo(String name) {
        this.name = Optional.of(name);
        return this;
    }

    public LocalUserChangesBuilder withPassword(String password) {
        this.password = Optional.of(Password.of(password));
        return this;
    }

    public LocalUserChangesBuilder withFullName(String fullName) {
        this.fullName = Optional.of(fullName);
        return this;
    }

    public LocalUserChangesBuilder withDescription(String description) {
        this.description = Optional.of(description);
        return this;
    }

    public LocalUserChangesBuilder disabled(boolean accountDisabled) {
        this.accountDisabled = Optional.of(accountDisabled);
        return this;
    }

    /** The groups the user is to be in afterwards, by name or SID; none names no group at all. */
    public LocalUserChangesBuilder withMembership(String... groups) {
        this.membership = Optional.of(List.of(groups));
        return this;
    }

    public LocalUserChanges build() {
        return new LocalUserChanges(name, password, fullName, description, accountDisabled, membership);
    }
}
