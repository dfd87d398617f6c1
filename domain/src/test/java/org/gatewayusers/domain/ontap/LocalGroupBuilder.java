package org.gatewayusers.domain.ontap;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a stored local group: {@code aLocalGroup().on(svm).named("group").withRid(1002).withMember(alex).build()},
 * or one of the BUILTIN domain: {@code aBuiltinGroup(BuiltinGroup.USERS).on(svm).build()}.
 * By default {@code SMB_SERVER01\group}, RID 2000 of {@link SvmBuilder#DEFAULT_DOMAIN_SID}, no description, no members.
 */
public final class LocalGroupBuilder {

    public static final String DEFAULT_GROUP = "group";
    public static final long DEFAULT_RID = 2000;

    private final BuiltinGroup builtin;
    private SvmUuid svm = SvmUuid.random();
    private String domain = SvmBuilder.DEFAULT_CIFS_SERVER;
    private String group = DEFAULT_GROUP;
    private String domainSid = SvmBuilder.DEFAULT_DOMAIN_SID;
    private long rid = DEFAULT_RID;
    private String description;
    private final List<Sid> members = new ArrayList<>();

    private LocalGroupBuilder(BuiltinGroup builtin) {
        this.builtin = builtin;
    }

    public static LocalGroupBuilder aLocalGroup() {
        return new LocalGroupBuilder(null);
    }

    /** A group of the BUILTIN domain, with its fixed name and well-known SID. */
    public static LocalGroupBuilder aBuiltinGroup(BuiltinGroup group) {
        return new LocalGroupBuilder(group);
    }

    /** Places the group on this SVM: its UUID, its CIFS server as the local domain, its domain SID. */
    public LocalGroupBuilder on(Svm svm) {
        this.svm = svm.uuid();
        this.domain = svm.requireAcceptsLocalUsers().localDomain().value();
        this.domainSid = svm.domainSid().value();
        return this;
    }

    public LocalGroupBuilder named(String group) {
        this.group = group;
        return this;
    }

    public LocalGroupBuilder withRid(long rid) {
        this.rid = rid;
        return this;
    }

    public LocalGroupBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public LocalGroupBuilder withMember(LocalUser user) {
        return withMember(user.sid());
    }

    public LocalGroupBuilder withMember(Sid sid) {
        this.members.add(sid);
        return this;
    }

    public LocalGroup build() {
        if (builtin != null) {
            return LocalGroup.reconstitute(svm, builtin.groupName(), description, builtin.sid(), members);
        }
        return LocalGroup.reconstitute(svm, new LocalGroupName(domain, group), description,
                new DomainSid(domainSid).withRid(new Rid(rid)), members);
    }
}
