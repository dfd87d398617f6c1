package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * Hands out relative identifiers per SVM, from 1000 upwards, never twice however many servers share the store and
 * whatever crashes. It holds nothing of the SVM in the caller's transaction, so creates on one SVM do not wait for one
 * another. The RIDs one server hands out rise; a RID reserved and never used (a create refused or rolled back after
 * taking it, a server stopped with RIDs still reserved) is not handed out again, so RIDs may have gaps, as they have
 * after deletes.
 */
public interface Rids {

    Rid next(SvmUuid svm);
}
