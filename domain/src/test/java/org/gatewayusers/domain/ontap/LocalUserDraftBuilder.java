package org.gatewayusers.domain.ontap;

import org.gatewayusers.domain.shared.Password;

/**
 * The fields of a local-user create, as a client sends them, applied to an SVM:
 * {@code aDraft().named("alex").withPassword("Secr3t-pw").on(svm)}. Defaults pass every rule.
 */
public final class LocalUserDraftBuilder {

    /** Upper case, lower case, digit and special; does not contain {@code alex}. */
    public static final String VALID_PASSWORD = "Secr3t-pw";

    private String name = LocalUserBuilder.DEFAULT_ACCOUNT;
    private String password = VALID_PASSWORD;
    private String fullName;
    private String description;
    private boolean accountDisabled;

    private LocalUserDraftBuilder() {
    }

    public static LocalUserDraftBuilder aDraft() {
        return new LocalUserDraftBuilder();
    }

    public LocalUserDraftBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** A null password stands for a request without one. */
    public LocalUserDraftBuilder withPassword(String password) {
        this.password = password;
        return this;
    }

    public LocalUserDraftBuilder withFullName(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public LocalUserDraftBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public LocalUserDraftBuilder disabled() {
        this.accountDisabled = true;
        return this;
    }

    public LocalUserDraft on(Svm svm) {
        return svm.draftLocalUser(name, password == null ? null : Password.of(password), fullName, description,
                accountDisabled);
    }
}
