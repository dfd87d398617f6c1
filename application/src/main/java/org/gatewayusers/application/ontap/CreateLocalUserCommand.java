package org.gatewayusers.application.ontap;

import java.util.List;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.shared.Password;

/**
 * {@code POST /api/protocols/cifs/local-users}: name and password are required, the rest optional;
 * {@code membership} names the local groups (by name or SID) the user is to join.
 */
public record CreateLocalUserCommand(SvmSelector svm, String name, Password password, String fullName,
        String description, boolean accountDisabled, List<String> membership) {

    public CreateLocalUserCommand {
        membership = membership == null ? List.of() : List.copyOf(membership);
    }
}
