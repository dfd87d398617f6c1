package org.gatewayusers.application.smartag;

import java.util.Optional;
import org.gatewayusers.domain.shared.Password;

/**
 * What CreateSmartAccessGatewayClientUser answers: the new user, and the password the service generated when the
 * request named neither user name nor password (null otherwise). It is shown here once and kept nowhere.
 */
public record CreatedClientUser(ClientUserView user, Password generatedPassword) {

    public Optional<Password> generated() {
        return Optional.ofNullable(generatedPassword);
    }
}
