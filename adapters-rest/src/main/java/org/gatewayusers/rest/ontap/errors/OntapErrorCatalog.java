package org.gatewayusers.rest.ontap.errors;

import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Reason;
import org.gatewayusers.rest.edge.EdgeRefusal;

/**
 * The ONTAP dialect's error table: each domain reason becomes the code, status and message of the
 * vendor's page. Nothing else in the service chooses an ONTAP code.
 */
public final class OntapErrorCatalog {

    /** Generic codes of the ONTAP REST API, for what the domain never sees. */
    public static final OntapError BAD_REQUEST = new OntapError(400, "2", "Invalid request.");
    public static final OntapError REQUIRED_FIELD_MISSING = new OntapError(400, "262278", "Missing value for required field.");
    public static final OntapError ENTRY_NOT_FOUND = new OntapError(404, "4", "entry doesn't exist");
    /** A path of an API this service does not have: clients that probe (na_ontap_rest_info) skip code 3. */
    public static final OntapError API_NOT_FOUND = new OntapError(404, "3", "API not found");
    public static final OntapError METHOD_NOT_ALLOWED = new OntapError(405, "2", "Method not allowed for this resource.");
    public static final OntapError UNSUPPORTED_MEDIA_TYPE = new OntapError(415, "2", "The request body must be JSON.");
    public static final OntapError INTERNAL = new OntapError(500, "1", "Internal error. The request could not be completed.");
    /** No credentials, or credentials of no account: ONTAP's generic code 6, with HTTP's 401. */
    public static final OntapError UNAUTHORIZED = new OntapError(401, "6",
            "Authentication required: send HTTP Basic credentials of an account (user name and password in UTF-8).");
    /** An account whose role does not allow the request (a {@code readonly} account asking for a change). */
    public static final OntapError FORBIDDEN = new OntapError(403, "6", "not authorized for that command");
    public static final OntapError PAYLOAD_TOO_LARGE = new OntapError(413, "2", "The request body is too large.");
    public static final OntapError URI_TOO_LONG = new OntapError(414, "2", "The request URI is too long.");
    public static final OntapError TOO_MANY_PARAMETERS = new OntapError(400, "2", "The request has too many query parameters.");
    public static final OntapError PARAMETER_TOO_LONG = new OntapError(400, "2", "A query parameter is too long.");

    private OntapErrorCatalog() {
    }

    /** What the edge refused, or what no resource handled, as ONTAP answers it. */
    public static OntapError of(EdgeRefusal refusal) {
        return switch (refusal.kind()) {
            case QUERY_TOO_LONG -> URI_TOO_LONG;
            case BODY_TOO_LARGE -> PAYLOAD_TOO_LARGE.withMessage("The request body is larger than " + refusal.limit() + " bytes.");
            case TOO_MANY_PARAMETERS -> TOO_MANY_PARAMETERS;
            case PARAMETER_TOO_LONG -> PARAMETER_TOO_LONG.withMessage(
                    "A query parameter is longer than " + refusal.limit() + " characters.");
            case MALFORMED -> BAD_REQUEST.withMessage(refusal.reason());
            case NOT_FOUND -> API_NOT_FOUND;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
            case INVALID -> new OntapError(refusal.status(), BAD_REQUEST.code(), BAD_REQUEST.message());
            case FAULT -> INTERNAL;
        };
    }

    public static OntapError of(Reason reason) {
        return switch (reason) {
            case SVM_NOT_GIVEN -> REQUIRED_FIELD_MISSING.withMessage("Missing value for required field: svm.uuid or svm.name.");
            case USER_NAME_MISSING -> new OntapError(400, "262278", "Name and password are required fields.");
            case PASSWORD_MISSING -> new OntapError(400, "262278", "Name and password are required fields.");
            case SVM_NOT_FOUND -> new OntapError(404, "2621462", "The specified SVM does not exist.");
            case SVM_UUID_DOES_NOT_MATCH_NAME -> new OntapError(400, "2621706", "The specified SVM UUID is incorrect for the specified SVM name.");
            case SVM_NOT_DATA -> new OntapError(400, "655660", "The operation is allowed only on data SVMs.");
            case CIFS_SERVER_MISSING -> new OntapError(400, "655399", "CIFS server must exist to create a local user or group.");
            case USER_NAME_TOO_LONG -> new OntapError(400, "655661", "The user name should not exceed 20 characters.");
            case FULL_NAME_TOO_LONG -> new OntapError(400, "655661", "The full_name should not exceed 256 characters.");
            case DESCRIPTION_TOO_LONG -> new OntapError(400, "655661", "The description should not exceed 256 characters.");
            case USER_NAME_MATCHES_CIFS_SERVER -> new OntapError(400, "655665", "The user name must not match the CIFS server name of the specified SVM.");
            case USER_NAME_HAS_ILLEGAL_CHARACTERS -> new OntapError(400, "655668", "The specified user name contains illegal characters.");
            case USER_NAME_ENDS_WITH_PERIOD -> new OntapError(400, "655668", "The specified user name contains illegal characters: it cannot be terminated by a period.");
            case UNKNOWN_LOCAL_DOMAIN -> new OntapError(400, "655675", "The local domain name specified in user name doesn't exist.");
            case USER_NAME_BLANK -> new OntapError(400, "655682", "The user name cannot be blank.");
            case PASSWORD_TOO_SHORT -> new OntapError(400, "655733", "The password does not meet the password complexity requirements: it must be at least six characters long.");
            case PASSWORD_CONTAINS_USER_NAME -> new OntapError(400, "655733", "The password does not meet the password complexity requirements: it must not contain the user account name.");
            case PASSWORD_TOO_SIMPLE -> new OntapError(400, "655733", "The password does not meet the password complexity requirements: it must contain characters from three of the four categories.");
            case USER_EXISTS -> new OntapError(409, "655736", "The specified user name already exists.");
            case USER_NOT_FOUND -> ENTRY_NOT_FOUND;
            case GROUP_NOT_FOUND -> new OntapError(404, "4", "entry doesn't exist");
            case USER_RENAME_CHANGES_DOMAIN -> new OntapError(400, "655737", "The new user name must keep the local domain of the user.");
            case USER_RENAME_TARGET_EXISTS -> new OntapError(409, "655732", "Failed to rename the user: the new user name already exists.");
            case ADMINISTRATOR_CANNOT_BE_DELETED -> new OntapError(400, "655735", "The local Administrator account cannot be deleted.");
            case GROUP_NAME_MISSING -> new OntapError(400, "262278", "Missing value for required field: name.");
            case GROUP_NAME_BLANK -> new OntapError(400, "655682", "The group name cannot be blank.");
            case GROUP_NAME_TOO_LONG -> new OntapError(400, "655661", "The group name should not exceed 256 characters.");
            case GROUP_NAME_HAS_ILLEGAL_CHARACTERS -> new OntapError(400, "655668", "The specified group name contains illegal characters.");
            case GROUP_IN_BUILTIN_DOMAIN -> new OntapError(400, "655677", "Local groups cannot be created in the BUILTIN domain.");
            case BUILTIN_GROUP_IS_FIXED -> new OntapError(400, "655677", "The groups of the BUILTIN domain cannot be renamed or deleted.");
            case GROUP_EXISTS -> new OntapError(409, "655717", "The specified group name already exists.");
            case GROUP_RENAME_CHANGES_DOMAIN -> new OntapError(400, "655737", "The new group name must keep the local domain of the group.");
            case MEMBER_NOT_FOUND -> new OntapError(400, "655673", "Failed to resolve the member: it is not a local user of the SVM, or not a member of the group.");
            case MEMBERS_MISSING -> new OntapError(400, "262278", "Missing value for required field: name or records.");
            case SVM_HAS_CIFS_SERVER -> new OntapError(409, "8", "The SVM has a CIFS server: delete the CIFS server first.");
            case PATH_ENTRY_NOT_FOUND -> ENTRY_NOT_FOUND;
            case SVM_NAME_INVALID -> BAD_REQUEST.withMessage("The SVM name is invalid: 1 to 47 characters, a letter or '_' first, then letters, digits, '.', '-' or '_'.");
            case SVM_EXISTS -> new OntapError(409, "1", "An SVM with the specified name already exists.");
            case SVM_COMMENT_TOO_LONG -> BAD_REQUEST.withMessage("The comment should not exceed 255 characters.");
            case SVM_SETTING_FIXED -> new OntapError(400, "262196", "Invalid value for this field: the SVMs of this service run with C.UTF-8, running, subtype default, IPspace Default, Snapshot policy default, no aggregates, unlimited volumes and only the CIFS protocol, which a change may state but not change.");
            case CIFS_SERVER_EXISTS -> new OntapError(409, "1", "A CIFS server already exists on the specified SVM.");
            case CIFS_SERVER_NAME_INVALID -> BAD_REQUEST.withMessage("The CIFS server name is invalid: a NetBIOS name of 1 to 15 characters.");
            case PRIVILEGE_UNKNOWN -> new OntapError(400, "262196", "Invalid value for field \"privileges\": SeTcbPrivilege, SeBackupPrivilege, SeRestorePrivilege, SeTakeOwnershipPrivilege, SeSecurityPrivilege or SeChangeNotifyPrivilege is expected.");
            case PRIVILEGES_MISSING -> REQUIRED_FIELD_MISSING.withMessage("Missing value for required field: privileges.");
            case PRIVILEGE_HOLDER_NOT_FOUND -> new OntapError(400, "655673", "Failed to resolve the user or group: it is not a local user or group of the SVM.");
        };
    }

    /** The API accounts of the access context (ONTAP Basic's accounts, {@code /api/security/accounts}). */
    public static OntapError of(AccessRejection.Reason reason) {
        return switch (reason) {
            case ACCOUNT_PASSWORD_MISSING -> of(Reason.PASSWORD_MISSING);
            case ACCOUNT_NAME_INVALID -> BAD_REQUEST.withMessage("The account name is invalid: 1 to 64 letters, digits, '_', '.', '@' or '-'.");
            case ACCOUNT_ROLE_INVALID -> BAD_REQUEST.withMessage("The role is invalid: \"admin\" or \"readonly\" is expected.");
            case ACCOUNT_PASSWORD_TOO_SHORT -> BAD_REQUEST.withMessage("The password must be at least 8 characters long.");
            case ACCOUNT_PASSWORD_TOO_LONG -> BAD_REQUEST.withMessage("The password must be at most 128 characters long.");
            case ACCOUNT_PASSWORD_TOO_SIMPLE -> BAD_REQUEST.withMessage("The password must contain at least one letter and one digit.");
            case ACCOUNT_PASSWORD_CONTAINS_NAME -> BAD_REQUEST.withMessage("The password must not contain the account name.");
            case ACCOUNT_EXISTS -> new OntapError(409, "1", "An account with the specified name already exists.");
            case ACCOUNT_NOT_FOUND -> ENTRY_NOT_FOUND;
            case ACCOUNT_IS_CONFIGURED -> new OntapError(409, "6", "The account is defined by the service's configuration and cannot be changed or deleted here.");
        };
    }

    /** The error's {@code target}: the JSON field of the request that ONTAP blames for what the rejection is about. */
    public static String target(OntapRejection rejection) {
        return rejection.subject().map(subject -> switch (subject) {
            case NAME -> "name";
            case FULL_NAME -> "full_name";
            case DESCRIPTION -> "description";
            case PASSWORD -> "password";
            case SID -> "sid";
            case MEMBERSHIP -> "membership";
            case ROLE -> "role";
            case PRIVILEGES -> "privileges";
            case SVM -> "svm";
            case SVM_BY_UUID -> "svm.uuid";
            case SVM_BY_NAME -> "svm.name";
            case UUID -> "uuid";
            case COMMENT -> "comment";
            case LANGUAGE -> "language";
            case STATE -> "state";
            case SUBTYPE -> "subtype";
            case IPSPACE -> "ipspace";
            case SNAPSHOT_POLICY -> "snapshot_policy";
            case AGGREGATES -> "aggregates";
            case MAX_VOLUMES -> "max_volumes";
            case PROTOCOL_ALLOWED -> rejection.protocol().orElseThrow() + ".allowed";
            case PROTOCOL_ENABLED -> rejection.protocol().orElseThrow() + ".enabled";
        }).orElse(null);
    }

    /** The error's {@code target} for an API account's rejection: the field of {@code /api/security/accounts}. */
    public static String target(AccessRejection rejection) {
        return rejection.subject().map(subject -> switch (subject) {
            case NAME -> "name";
            case PASSWORD -> "password";
            case ROLE -> "role";
        }).orElse(null);
    }

    /** A field past the edge's size cap is reported as the vendor reports a value that is too long. */
    public static OntapError oversized(String field) {
        return switch (field) {
            case "name" -> of(Reason.USER_NAME_TOO_LONG);
            case "full_name" -> of(Reason.FULL_NAME_TOO_LONG);
            case "description" -> of(Reason.DESCRIPTION_TOO_LONG);
            default -> BAD_REQUEST.withMessage("Field \"" + field + "\" is too long.");
        };
    }
}
