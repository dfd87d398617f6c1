package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;

/** Creates the CIFS server of a data SVM; its name becomes the local domain of the SVM's users. */
public final class CreateCifsServer {

    private final SvmLocator svms;
    private final Svms store;

    public CreateCifsServer(Svms svms) {
        this.svms = new SvmLocator(svms);
        this.store = svms;
    }

    public SvmView create(SvmSelector selector, String name) {
        Svm svm = svms.require(selector);
        Svm withServer = svm.createCifsServer(CifsServerName.parse(name));
        store.update(withServer);
        return SvmView.of(withServer);
    }
}
