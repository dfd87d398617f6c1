package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.List;
import org.gatewayusers.domain.ontap.LocalUserDraftBuilder;
import org.gatewayusers.domain.ontap.SvmBuilder;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.shared.Password;

/**
 * A local-user create as a client sends it: {@code aCreateLocalUserCommand().onSvmNamed("svm1").named("alex").build()}.
 * By default {@code alex} on {@code svm1} with a password that passes every rule.
 */
public final class CreateLocalUserCommandBuilder {

    private String svmUuid;
    private String svmName = SvmBuilder.DEFAULT_NAME;
    private String name = "alex";
    private String password = LocalUserDraftBuilder.VALID_PASSWORD;
    private String fullName;
    private String description;
    private boolean accountDisabled;
    private final List<String> membership = new ArrayList<>();

    private CreateLocalUserCommandBuilder() {
    }

    public static CreateLocalUserCommandBuilder aCreateLocalUserCommand() {
        return new CreateLocalUserCommandBuilder();
    }

    public CreateLocalUserCommandBuilder onSvmNamed(String svmName) {
        this.svmUuid = null;
        this.svmName = svmName;
        return this;
    }

    public CreateLocalUserCommandBuilder onSvmWithUuid(String svmUuid) {
        this.svmUuid = svmUuid;
        this.svmName = null;
        return this;
    }

    public CreateLocalUserCommandBuilder onSvm(String svmUuid, String svmName) {
        this.svmUuid = svmUuid;
        this.svmName = svmName;
        return this;
    }

    public CreateLocalUserCommandBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** A null password stands for a request without one. */
    public CreateLocalUserCommandBuilder withPassword(String password) {
        this.password = password;
        return this;
    }

    public CreateLocalUserCommandBuilder withFullName(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public CreateLocalUserCommandBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public CreateLocalUserCommandBuilder disabled() {
        this.accountDisabled = true;
        return this;
    }

    public CreateLocalUserCommandBuilder memberOf(String group) {
        this.membership.add(group);
        return this;
    }

    public CreateLocalUserCommand build() {
        return new CreateLocalUserCommand(SvmSelector.of(svmUuid, svmName), name,
                password == null ? null : Password.of(password), fullName, description, accountDisabled, membership);
    }
}
