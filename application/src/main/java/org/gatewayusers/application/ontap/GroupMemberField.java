package org.gatewayusers.application.ontap;

import org.gatewayusers.application.shared.RecordQuery;

/** The fields of a member of a local group that a {@link RecordQuery} filters and orders on. */
public enum GroupMemberField {
    /** The member's qualified name; a value without a backslash compares with the short name. */
    NAME,
    /** The group's SVM, which every member shares. */
    SVM_NAME,
    SVM_UUID
}
