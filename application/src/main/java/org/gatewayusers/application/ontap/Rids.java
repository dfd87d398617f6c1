package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * Hands out relative identifiers per SVM, upwards from 1000 and never twice, however many
 * servers share the store. Holds the SVM until the surrounding transaction ends, so creates on
 * one SVM are serialised.
 */
public interface Rids {

    Rid next(SvmUuid svm);
}
