package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_FOUND;

import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Finds the SVM a request names, by UUID when given, else by name; both given must agree. */
final class SvmLocator {

    private final Svms svms;

    SvmLocator(Svms svms) {
        this.svms = svms;
    }

    Svm require(SvmSelector selector) {
        Svm svm = selector.uuid()
                .map(raw -> SvmUuid.parse(raw).flatMap(svms::withUuid))
                .orElseGet(() -> svms.named(selector.name().orElseThrow()))
                .orElseThrow(() -> new OntapRejection(SVM_NOT_FOUND, selector.subject()));
        svm.requireMatches(selector);
        return svm;
    }
}
