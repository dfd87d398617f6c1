package org.gatewayusers.domain.ontap;

import java.util.List;
import java.util.Objects;
import org.gatewayusers.domain.shared.CredentialHash;

/** A CIFS local user of an SVM. The password itself is never kept: only its credential hash. */
public final class LocalUser {

    private final SvmUuid svm;
    private final LocalUserName name;
    private final String fullName;
    private final String description;
    private final boolean accountDisabled;
    private final Sid sid;
    private final CredentialHash credential;
    private final List<GroupMembership> membership;

    private LocalUser(SvmUuid svm, LocalUserName name, String fullName, String description, boolean accountDisabled,
            Sid sid, CredentialHash credential, List<GroupMembership> membership) {
        this.svm = Objects.requireNonNull(svm, "svm");
        this.name = Objects.requireNonNull(name, "name");
        this.fullName = fullName;
        this.description = description;
        this.accountDisabled = accountDisabled;
        this.sid = Objects.requireNonNull(sid, "sid");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.membership = List.copyOf(membership);
    }

    /** A new user from a draft its SVM accepted, with the SID allocated and the password already hashed. */
    public static LocalUser register(LocalUserDraft draft, Sid sid, CredentialHash credential) {
        return new LocalUser(draft.svm(), draft.name(), draft.fullName(), draft.description(), draft.accountDisabled(),
                sid, credential, List.of());
    }

    public static LocalUser reconstitute(SvmUuid svm, LocalUserName name, String fullName, String description,
            boolean accountDisabled, Sid sid, CredentialHash credential, List<GroupMembership> membership) {
        return new LocalUser(svm, name, fullName, description, accountDisabled, sid, credential, membership);
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

    public List<GroupMembership> membership() {
        return membership;
    }
}
