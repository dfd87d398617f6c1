package org.gatewayusers.application.ontap;

import org.gatewayusers.application.shared.RecordQuery;

/** The fields of a CIFS local group that a {@link RecordQuery} filters and orders on. */
public enum LocalGroupField {
    /** The qualified name, {@code BUILTIN\Users}; a value without a backslash compares with the short name. */
    NAME,
    DESCRIPTION,
    SID,
    SVM_NAME,
    SVM_UUID,
    /** The qualified names of the group's members (several values); short names compare as for {@link #NAME}. */
    MEMBERS_NAME
}
