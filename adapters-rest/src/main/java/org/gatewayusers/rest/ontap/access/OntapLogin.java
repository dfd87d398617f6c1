package org.gatewayusers.rest.ontap.access;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Basic credentials and the client address they came from, which failed logins are counted against. */
final class OntapLogin extends UsernamePasswordCredential {

    private final String clientAddress;

    OntapLogin(String caller, Password password, String clientAddress) {
        super(caller, password);
        this.clientAddress = clientAddress == null ? "unknown" : clientAddress;
    }

    String clientAddress() {
        return clientAddress;
    }
}
