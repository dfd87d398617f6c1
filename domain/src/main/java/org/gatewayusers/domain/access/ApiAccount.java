package org.gatewayusers.domain.access;

import java.util.Objects;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * An account that may call the ONTAP REST API: a name, a role, and the hash of its password (never the
 * password). Accounts come from the service's configuration (fixed: the API cannot change them) or from the
 * database (created, changed and deleted through {@code /api/security/accounts}).
 */
public final class ApiAccount {

    private final ApiAccountName name;
    private final ApiRole role;
    private final CredentialHash credential;
    private final boolean configured;

    private ApiAccount(ApiAccountName name, ApiRole role, CredentialHash credential, boolean configured) {
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.configured = configured;
    }

    /** Checks a new account's password before it is hashed. */
    public static void requireAcceptablePassword(ApiAccountName name, Password password) {
        ApiAccountPasswordComplexity.check(password, name);
    }

    /** A new account of the database, its password already checked and hashed. */
    public static ApiAccount register(ApiAccountName name, ApiRole role, CredentialHash credential) {
        return new ApiAccount(name, role, credential, false);
    }

    /** An account of the service's configuration: the operator chose its password, so no rule is applied. */
    public static ApiAccount configured(ApiAccountName name, ApiRole role, CredentialHash credential) {
        return new ApiAccount(name, role, credential, true);
    }

    public static ApiAccount reconstitute(ApiAccountName name, ApiRole role, CredentialHash credential) {
        return new ApiAccount(name, role, credential, false);
    }

    /** Configured accounts are changed in the configuration only. */
    public void requireChangeable() {
        if (configured) {
            throw new AccessRejection(AccessRejection.Reason.ACCOUNT_IS_CONFIGURED, AccessRejection.Subject.NAME);
        }
    }

    public ApiAccount withRole(ApiRole newRole) {
        requireChangeable();
        return new ApiAccount(name, newRole, credential, false);
    }

    public ApiAccount withCredential(CredentialHash newCredential) {
        requireChangeable();
        return new ApiAccount(name, role, newCredential, false);
    }

    public ApiAccountName name() {
        return name;
    }

    public ApiRole role() {
        return role;
    }

    public CredentialHash credential() {
        return credential;
    }

    public boolean configured() {
        return configured;
    }

    @Override
    public String toString() {
        return "ApiAccount[" + name + ", " + role.roleName() + (configured ? ", configured" : "") + "]";
    }
}
