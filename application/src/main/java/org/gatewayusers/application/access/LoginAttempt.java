package org.gatewayusers.application.access;

import java.util.Objects;
import org.gatewayusers.domain.shared.Password;

/**
 * Credentials sent to the API: a name, a password, the client address they came from, and whether this server
 * verified exactly these credentials before ({@code known}: such a caller is not refused for its address's failures).
 */
public record LoginAttempt(String name, Password password, String clientAddress, boolean known) {

    public LoginAttempt {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
