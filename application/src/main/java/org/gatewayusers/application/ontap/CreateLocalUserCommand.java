package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.shared.Password;

/** {@code POST /api/protocols/cifs/local-users}: name and password are required, the rest optional. */
public record CreateLocalUserCommand(SvmSelector svm, String name, Password password, String fullName,
        String description, boolean accountDisabled) {
}
