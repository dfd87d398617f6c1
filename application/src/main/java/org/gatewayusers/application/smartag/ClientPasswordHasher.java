package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * Turns the password of a Smart Access Gateway client user into what may be stored: an Argon2id hash with a salt of
 * its own. A port of its own, apart from the NT hash of {@code application.shared.CredentialHasher}.
 */
public interface ClientPasswordHasher {

    CredentialHash hash(Password password);

    /** Whether the password is the one the stored hash was made from. */
    boolean matches(Password password, CredentialHash stored);
}
