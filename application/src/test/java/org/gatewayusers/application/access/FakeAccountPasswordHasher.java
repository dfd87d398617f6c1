package org.gatewayusers.application.access;

import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/** An account password hasher for tests: the SHA-256 of the password, under the scheme {@code FAKE-LOGIN}. Counts checks. */
public final class FakeAccountPasswordHasher implements AccountPasswordHasher {

    public static final String SCHEME = "FAKE-LOGIN";

    private int checks;

    @Override
    public CredentialHash hash(Password password) {
        return new CredentialHash(SCHEME, FakeCredentialHasher.expectedFor(password.reveal()).value());
    }

    @Override
    public boolean matches(Password password, CredentialHash hash) {
        checks++;
        return hash(password).equals(hash);
    }

    public int checks() {
        return checks;
    }
}
