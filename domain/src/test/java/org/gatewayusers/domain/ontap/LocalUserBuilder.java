package org.gatewayusers.domain.ontap;

import org.gatewayusers.domain.shared.CredentialHash;

/**
 * Builds a stored local user: {@code aLocalUser().on(svm).named("alex").withRid(1001).build()}.
 * By default {@code SMB_SERVER01\alex}, RID 1000 of {@link SvmBuilder#DEFAULT_DOMAIN_SID}, enabled.
 * Its groups are the {@link LocalGroup}s' to hold: see {@link LocalGroupBuilder#withMember(LocalUser)}.
 */
public final class LocalUserBuilder {

    public static final String DEFAULT_ACCOUNT = "alex";
    public static final CredentialHash DEFAULT_CREDENTIAL = new CredentialHash("NT", "8846F7EAEE8FB117AD06BDD830B7586C");

    private SvmUuid svm = SvmUuid.random();
    private String domain = SvmBuilder.DEFAULT_CIFS_SERVER;
    private String account = DEFAULT_ACCOUNT;
    private String domainSid = SvmBuilder.DEFAULT_DOMAIN_SID;
    private long rid = Rid.FIRST_LOCAL_ACCOUNT.value();
    private String fullName;
    private String description;
    private boolean accountDisabled;
    private CredentialHash credential = DEFAULT_CREDENTIAL;

    private LocalUserBuilder() {
    }

    public static LocalUserBuilder aLocalUser() {
        return new LocalUserBuilder();
    }

    /** Places the user on this SVM: its UUID, its CIFS server as the local domain, its domain SID. */
    public LocalUserBuilder on(Svm svm) {
        this.svm = svm.uuid();
        this.domain = svm.requireAcceptsLocalUsers().localDomain().value();
        this.domainSid = svm.domainSid().value();
        return this;
    }

    public LocalUserBuilder named(String account) {
        this.account = account;
        return this;
    }

    public LocalUserBuilder inDomain(String domain) {
        this.domain = domain;
        return this;
    }

    public LocalUserBuilder withRid(long rid) {
        this.rid = rid;
        return this;
    }

    public LocalUserBuilder withFullName(String fullName) {
        this.fullName = fullName;
        return this;
    }

    public LocalUserBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public LocalUserBuilder disabled() {
        this.accountDisabled = true;
        return this;
    }

    public LocalUserBuilder withCredential(CredentialHash credential) {
        this.credential = credential;
        return this;
    }

    public LocalUser build() {
        return LocalUser.reconstitute(svm, new LocalUserName(new CifsServerName(domain), account), fullName, description,
                accountDisabled, new DomainSid(domainSid).withRid(new Rid(rid)), credential);
    }
}
