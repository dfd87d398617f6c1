package org.gatewayusers.domain.ontap;

import java.util.Objects;
import org.gatewayusers.domain.shared.Password;

/**
 * A local user that passed every rule of its SVM but has no SID nor credential yet.
 * Only {@link Svm#draftLocalUser} makes one.
 */
public record LocalUserDraft(SvmUuid svm, LocalUserName name, Password password, String fullName, String description,
        boolean accountDisabled) {

    public LocalUserDraft {
        Objects.requireNonNull(svm, "svm");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }
}
