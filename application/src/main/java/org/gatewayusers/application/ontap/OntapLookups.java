package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.MEMBER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;

import java.util.Optional;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Finds what a request's path or body names, each kind with its own "not found". */
final class OntapLookups {

    private final Svms svms;
    private final LocalUsers users;
    private final LocalGroups groups;

    OntapLookups(Svms svms, LocalUsers users, LocalGroups groups) {
        this.svms = svms;
        this.users = users;
        this.groups = groups;
    }

    /** The SVM of a path such as {@code .../{svm.uuid}/{sid}}: its absence is the entry's absence. */
    Svm svmOfPath(String uuid, OntapRejection.Reason whenAbsent) {
        return SvmUuid.parse(uuid).flatMap(svms::withUuid)
                .orElseThrow(() -> new OntapRejection(whenAbsent, Subject.SVM_BY_UUID));
    }

    LocalUser user(Svm svm, String sid) {
        return Sid.parse(sid).flatMap(s -> users.withSid(svm.uuid(), s))
                .orElseThrow(() -> new OntapRejection(USER_NOT_FOUND, Subject.SID));
    }

    LocalGroup group(Svm svm, String sid) {
        return Sid.parse(sid).flatMap(s -> groups.withSid(svm.uuid(), s))
                .orElseThrow(() -> new OntapRejection(GROUP_NOT_FOUND, Subject.SID));
    }

    /** A group named for a user's membership, by name (short, qualified or BUILTIN) or SID. */
    LocalGroup groupForMembership(Svm svm, CifsServer server, String nameOrSid) {
        return groupNamed(svm, server, nameOrSid)
                .orElseThrow(() -> new OntapRejection(GROUP_NOT_FOUND, Subject.MEMBERSHIP, nameOrSid));
    }

    /** A group by name (short, qualified or BUILTIN) or SID. */
    Optional<LocalGroup> groupNamed(Svm svm, CifsServer server, String nameOrSid) {
        Optional<LocalGroup> bySid = Sid.parse(nameOrSid).flatMap(s -> groups.withSid(svm.uuid(), s));
        return bySid.or(() -> readGroupName(nameOrSid, server).flatMap(name -> groups.named(svm.uuid(), name)));
    }

    /** A local user named as a group member, by name (short or qualified) or SID. */
    LocalUser member(Svm svm, CifsServer server, String nameOrSid) {
        return userNamed(svm, server, nameOrSid)
                .orElseThrow(() -> new OntapRejection(MEMBER_NOT_FOUND, Subject.NAME, nameOrSid));
    }

    Optional<LocalUser> userNamed(Svm svm, CifsServer server, String nameOrSid) {
        Optional<LocalUser> bySid = Sid.parse(nameOrSid).flatMap(s -> users.withSid(svm.uuid(), s));
        return bySid.or(() -> readUserName(nameOrSid, server).flatMap(name -> users.named(svm.uuid(), name)));
    }

    /** A name that breaks the naming rules names nobody. */
    private static Optional<LocalUserName> readUserName(String raw, CifsServer server) {
        try {
            return Optional.of(LocalUserName.parse(raw, server.localDomain()));
        } catch (OntapRejection namesNobody) {
            return Optional.empty();
        }
    }

    private static Optional<LocalGroupName> readGroupName(String raw, CifsServer server) {
        try {
            return Optional.of(LocalGroupName.lookUp(raw, server.localDomain()));
        } catch (OntapRejection namesNobody) {
            return Optional.empty();
        }
    }
}
