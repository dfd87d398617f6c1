package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.BUILTIN_GROUP_IS_FIXED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_RENAME_CHANGES_DOMAIN;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/**
 * A local group of an SVM and its members (local users, by SID). A user's {@code membership} and
 * a group's {@code members} are two views of this one relation.
 */
public final class LocalGroup {

    private final SvmUuid svm;
    private final LocalGroupName name;
    private final String description;
    private final Sid sid;
    private final Set<Sid> members;

    private LocalGroup(SvmUuid svm, LocalGroupName name, String description, Sid sid, Collection<Sid> members) {
        this.svm = Objects.requireNonNull(svm, "svm");
        this.name = Objects.requireNonNull(name, "name");
        LocalUserRules.descriptionHasAtMost256Characters(description);
        this.description = description;
        this.sid = Objects.requireNonNull(sid, "sid");
        this.members = Set.copyOf(new LinkedHashSet<>(members));
    }

    /** A new group of the SVM's local domain; the name was read by {@link LocalGroupName#parse}. */
    public static LocalGroup create(SvmUuid svm, LocalGroupName name, String description, Sid sid) {
        return new LocalGroup(svm, name, description, sid, Set.of());
    }

    /** A group of the BUILTIN domain, as a new CIFS server brings it. */
    public static LocalGroup builtin(SvmUuid svm, BuiltinGroup group, Collection<Sid> members) {
        return new LocalGroup(svm, group.groupName(), null, group.sid(), members);
    }

    public static LocalGroup reconstitute(SvmUuid svm, LocalGroupName name, String description, Sid sid,
            Collection<Sid> members) {
        return new LocalGroup(svm, name, description, sid, members);
    }

    /** A new name in the same local domain; built-in groups keep theirs. */
    public LocalGroup renamed(String raw, CifsServerName localDomain) {
        requireNotBuiltin();
        int separator = raw == null ? -1 : raw.indexOf(LocalUserName.SEPARATOR);
        if (separator >= 0 && !raw.substring(0, separator).equalsIgnoreCase(localDomain.value())) {
            throw new OntapRejection(GROUP_RENAME_CHANGES_DOMAIN, Subject.NAME);
        }
        return new LocalGroup(svm, LocalGroupName.parse(raw, localDomain), description, sid, members);
    }

    public LocalGroup describedAs(String newDescription) {
        return new LocalGroup(svm, name, newDescription, sid, members);
    }

    public LocalGroup withMembers(Collection<Sid> added) {
        Set<Sid> all = new LinkedHashSet<>(members);
        all.addAll(added);
        return new LocalGroup(svm, name, description, sid, all);
    }

    public LocalGroup withoutMembers(Collection<Sid> removed) {
        Set<Sid> remaining = new LinkedHashSet<>(members);
        remaining.removeAll(removed);
        return new LocalGroup(svm, name, description, sid, remaining);
    }

    public void requireDeletable() {
        requireNotBuiltin();
    }

    private void requireNotBuiltin() {
        if (name.isBuiltin()) {
            throw new OntapRejection(BUILTIN_GROUP_IS_FIXED, Subject.NAME);
        }
    }

    public boolean hasMember(Sid user) {
        return members.contains(user);
    }

    public SvmUuid svm() {
        return svm;
    }

    public LocalGroupName name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Sid sid() {
        return sid;
    }

    public Set<Sid> members() {
        return members;
    }
}
