package org.gatewayusers.domain.shared;

import java.util.Objects;

/**
 * What is stored instead of a password: the scheme (for example {@code NT}) and its encoded value.
 * An NT hash is password-equivalent for SMB, so it is masked like a password.
 */
public record CredentialHash(String scheme, String value) {

    public CredentialHash {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        if (scheme.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("a credential hash needs a scheme and a value");
        }
    }

    @Override
    public String toString() {
        return "CredentialHash[" + scheme + ", ****]";
    }
}
