package org.gatewayusers.domain.ontap;

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

    private final Reason reason;

    public OntapRejection(Reason reason, String field) {
        this(reason, field, null);
    }

    public OntapRejection(Reason reason, String field, String detail) {
        super(reason, field, detail);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
