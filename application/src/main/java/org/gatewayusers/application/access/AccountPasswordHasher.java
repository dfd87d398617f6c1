package org.gatewayusers.application.access;

import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * Hashes the passwords of the accounts that log in to the service itself, and checks a login against such a
 * hash: a slow, salted hash (unlike the NT hash, which SMB needs as it is), so that a stolen table does not give
 * the passwords away.
 */
public interface AccountPasswordHasher {

    CredentialHash hash(Password password);

    /** Whether the password is the one the hash was made of; takes as long whether or not it is. */
    boolean matches(Password password, CredentialHash hash);
}
