package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ADMINISTRATOR_CANNOT_BE_DELETED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_RENAME_CHANGES_DOMAIN;

import java.util.Objects;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * A CIFS local user of an SVM. The password itself is never kept: only its credential hash.
 * Its group membership is the {@link LocalGroup}s' to hold.
 */
public final class LocalUser {

    public static final String ADMINISTRATOR = "Administrator";

    private final SvmUuid svm;
    private final LocalUserName name;
    private final String fullName;
    private final String description;
    private final boolean accountDisabled;
    private final Sid sid;
    private final CredentialHash credential;

    private LocalUser(SvmUuid svm, LocalUserName name, String fullName, String description, boolean accountDisabled,
            Sid sid, CredentialHash credential) {
        this.svm = Objects.requireNonNull(svm, "svm");
        this.name = Objects.requireNonNull(name, "name");
        LocalUserRules.fullNameHasAtMost256Characters(fullName);
        LocalUserRules.descriptionHasAtMost256Characters(description);
        this.fullName = fullName;
        this.description = description;
        this.accountDisabled = accountDisabled;
        this.sid = Objects.requireNonNull(sid, "sid");
        this.credential = Objects.requireNonNull(credential, "credential");
    }

    /** A new user from a draft its SVM accepted, with the SID allocated and the password already hashed. */
    public static LocalUser register(LocalUserDraft draft, Sid sid, CredentialHash credential) {
        return new LocalUser(draft.svm(), draft.name(), draft.fullName(), draft.description(), draft.accountDisabled(),
                sid, credential);
    }

    /** The local Administrator that a new CIFS server brings: RID 500, disabled, with a password nobody knows. */
    public static LocalUser administrator(Svm svm, CifsServerName localDomain, CredentialHash unknowable) {
        return new LocalUser(svm.uuid(), new LocalUserName(localDomain, ADMINISTRATOR), null,
                "Built-in administrator account", true, svm.sidFor(Rid.ADMINISTRATOR), unknowable);
    }

    public static LocalUser reconstitute(SvmUuid svm, LocalUserName name, String fullName, String description,
            boolean accountDisabled, Sid sid, CredentialHash credential) {
        return new LocalUser(svm, name, fullName, description, accountDisabled, sid, credential);
    }

    /** A new name in the same local domain, under the rules of a create. */
    public LocalUser renamed(String raw) {
        int separator = raw == null ? -1 : raw.indexOf(LocalUserName.SEPARATOR);
        if (separator >= 0 && !raw.substring(0, separator).equalsIgnoreCase(name.domain().value())) {
            throw new OntapRejection(USER_RENAME_CHANGES_DOMAIN, Subject.NAME);
        }
        return new LocalUser(svm, LocalUserName.parse(raw, name.domain()), fullName, description, accountDisabled, sid,
                credential);
    }

    /** Checks a new password against the complexity rules for this user's name, before it is hashed. */
    public void requireAcceptablePassword(Password password) {
        OntapPasswordComplexity.check(password, name.account());
    }

    public LocalUser withCredential(CredentialHash newCredential) {
        return new LocalUser(svm, name, fullName, description, accountDisabled, sid, newCredential);
    }

    public LocalUser withFullName(String newFullName) {
        return new LocalUser(svm, name, newFullName, description, accountDisabled, sid, credential);
    }

    public LocalUser describedAs(String newDescription) {
        return new LocalUser(svm, name, fullName, newDescription, accountDisabled, sid, credential);
    }

    public LocalUser withAccountDisabled(boolean disabled) {
        return new LocalUser(svm, name, fullName, description, disabled, sid, credential);
    }

    public boolean isAdministrator() {
        return sid.rid().equals(Rid.ADMINISTRATOR);
    }

    public void requireDeletable() {
        if (isAdministrator()) {
            throw new OntapRejection(ADMINISTRATOR_CANNOT_BE_DELETED, Subject.SID);
        }
    }

    public SvmUuid svm() {
        return svm;
    }

    public LocalUserName name() {
        return name;
    }

    public String fullName() {
        return fullName;
    }

    public String description() {
        return description;
    }

    public boolean accountDisabled() {
        return accountDisabled;
    }

    public Sid sid() {
        return sid;
    }

    public CredentialHash credential() {
        return credential;
    }
}
