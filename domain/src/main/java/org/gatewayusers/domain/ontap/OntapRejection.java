package org.gatewayusers.domain.ontap;

import java.util.Optional;
import org.gatewayusers.domain.shared.Rejection;

/** Why the ONTAP context refuses a request. The REST edge chooses the ONTAP code for each reason. */
public final class OntapRejection extends Rejection {

    public enum Reason {
        SVM_NOT_GIVEN,
        SVM_NOT_FOUND,
        SVM_UUID_DOES_NOT_MATCH_NAME,
        SVM_NOT_DATA,
        SVM_NAME_INVALID,
        SVM_EXISTS,
        /** An SVM comment longer than ONTAP holds. */
        SVM_COMMENT_TOO_LONG,
        /** A change of a setting that every SVM of this service runs with (see {@code SvmRules}). */
        SVM_SETTING_FIXED,
        CIFS_SERVER_MISSING,
        CIFS_SERVER_EXISTS,
        CIFS_SERVER_NAME_INVALID,
        USER_NAME_MISSING,
        USER_NAME_BLANK,
        USER_NAME_TOO_LONG,
        USER_NAME_ENDS_WITH_PERIOD,
        USER_NAME_HAS_ILLEGAL_CHARACTERS,
        USER_NAME_MATCHES_CIFS_SERVER,
        UNKNOWN_LOCAL_DOMAIN,
        FULL_NAME_TOO_LONG,
        DESCRIPTION_TOO_LONG,
        PASSWORD_MISSING,
        PASSWORD_TOO_SHORT,
        PASSWORD_CONTAINS_USER_NAME,
        PASSWORD_TOO_SIMPLE,
        USER_EXISTS,
        USER_NOT_FOUND,
        USER_RENAME_CHANGES_DOMAIN,
        USER_RENAME_TARGET_EXISTS,
        ADMINISTRATOR_CANNOT_BE_DELETED,
        GROUP_NAME_MISSING,
        GROUP_NAME_BLANK,
        GROUP_NAME_TOO_LONG,
        GROUP_NAME_HAS_ILLEGAL_CHARACTERS,
        GROUP_IN_BUILTIN_DOMAIN,
        BUILTIN_GROUP_IS_FIXED,
        GROUP_EXISTS,
        GROUP_NOT_FOUND,
        GROUP_RENAME_CHANGES_DOMAIN,
        MEMBER_NOT_FOUND,
        MEMBERS_MISSING,
        SVM_HAS_CIFS_SERVER,
        /** The SVM, CIFS server or member that a request's path names is not there. */
        PATH_ENTRY_NOT_FOUND,
        /** A privilege that ONTAP does not grant to local users and groups. */
        PRIVILEGE_UNKNOWN,
        /** A privileges request that names none. */
        PRIVILEGES_MISSING,
        /** The user or group to grant privileges to is no local user or group of the SVM. */
        PRIVILEGE_HOLDER_NOT_FOUND
    }

    /**
     * What an ONTAP rejection is about: an attribute of the user, group, SVM, CIFS server or API account that the
     * request names, or the SVM it belongs to. The ONTAP catalog turns each into the error's {@code target}.
     */
    public enum Subject {
        /** The name of the user, group, member, SVM, CIFS server or API account. */
        NAME,
        FULL_NAME,
        DESCRIPTION,
        PASSWORD,
        /** The security identifier of a local user or group. */
        SID,
        /** The groups that a local user is a member of. */
        MEMBERSHIP,
        /** The role of an API account. */
        ROLE,
        /** The privileges granted to a local user or group. */
        PRIVILEGES,
        /** The SVM that the user, group or CIFS server belongs to. */
        SVM,
        /** That SVM as the request names it by UUID. */
        SVM_BY_UUID,
        /** That SVM as the request names it by name. */
        SVM_BY_NAME,
        /** The UUID of the SVM that the request is about. */
        UUID,
        /** The comment of an SVM. */
        COMMENT,
        /** The settings of an SVM that this service holds fixed ({@code SvmRules}). */
        LANGUAGE,
        STATE,
        SUBTYPE,
        IPSPACE,
        SNAPSHOT_POLICY,
        AGGREGATES,
        MAX_VOLUMES,
        /** Whether one protocol is allowed on an SVM: the rejection names the protocol. */
        PROTOCOL_ALLOWED,
        /** Whether one protocol's service runs on an SVM: the rejection names the protocol. */
        PROTOCOL_ENABLED
    }

    private final Reason reason;
    private final Subject subject;
    private final String protocol;

    public OntapRejection(Reason reason, Subject subject) {
        this(reason, subject, null);
    }

    public OntapRejection(Reason reason, Subject subject, String detail) {
        this(reason, subject, null, detail);
    }

    private OntapRejection(Reason reason, Subject subject, String protocol, String detail) {
        super(reason, protocol == null ? nameOf(subject) : subject + " " + protocol, detail);
        this.reason = reason;
        this.subject = subject;
        this.protocol = protocol;
    }

    /** A rejection about one protocol's setting, {@link Subject#PROTOCOL_ALLOWED} or {@code PROTOCOL_ENABLED}. */
    public static OntapRejection aboutProtocol(Reason reason, Subject subject, String protocol, String detail) {
        return new OntapRejection(reason, subject, required(protocol, "protocol"), detail);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** What the rejection is about, when it is about one thing. */
    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }

    /** The protocol that a rejection about a protocol's setting names. */
    public Optional<String> protocol() {
        return Optional.ofNullable(protocol);
    }
}
