package org.gatewayusers.application.shared;

import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/** Turns a password into what may be stored. SMB and CIFS accounts use the NT hash. */
public interface CredentialHasher {

    CredentialHash hash(Password password);
}
