package org.gatewayusers.application.smartag;

import java.util.Optional;
import org.gatewayusers.domain.shared.Password;

/** What ResetSmartAccessGatewayClientUserPassword answers: the user, and the password generated when none was given. */
public record ResetClientUserPasswordResult(String userName, Password generatedPassword) {

    public Optional<Password> generated() {
        return Optional.ofNullable(generatedPassword);
    }
}
