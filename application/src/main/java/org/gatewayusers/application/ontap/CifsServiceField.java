package org.gatewayusers.application.ontap;

import org.gatewayusers.application.shared.RecordQuery;

/** The fields of a CIFS server (one per SVM that runs one) that a {@link RecordQuery} filters and orders on. */
public enum CifsServiceField {
    SVM_UUID,
    /** Compared without regard to case. */
    SVM_NAME,
    /** The CIFS server's NetBIOS name, compared without regard to case. */
    NAME
}
