package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.shared.Password;

/**
 * {@code PATCH .../local-users/{svm.uuid}/{sid}}: only what is present changes. {@code membership}
 * replaces the user's groups (by name or SID); an empty text clears {@code full_name} or {@code description}.
 */
public record LocalUserChanges(Optional<String> name, Optional<Password> password, Optional<String> fullName,
        Optional<String> description, Optional<Boolean> accountDisabled, Optional<List<String>> membership) {

    public LocalUserChanges {
        membership = membership.map(List::copyOf);
    }
}
