package org.gatewayusers.application.ontap;

import org.gatewayusers.application.shared.RecordQuery;

/** The fields of a CIFS local user that a {@link RecordQuery} filters and orders on. */
public enum LocalUserField {
    /** The qualified name, {@code CIFS_SERVER\alex}; a value without a backslash compares with the short name. */
    NAME,
    FULL_NAME,
    DESCRIPTION,
    SID,
    ACCOUNT_DISABLED,
    SVM_NAME,
    SVM_UUID,
    /** The qualified names of the user's groups (several values). */
    MEMBERSHIP_NAME,
    /** The SIDs of the user's groups (several values). */
    MEMBERSHIP_SID
}
