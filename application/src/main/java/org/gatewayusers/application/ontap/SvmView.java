package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmType;

/** What a client may see of an SVM. {@code cifsServer} is null when it runs none. */
public record SvmView(String uuid, String name, boolean data, String cifsServer) {

    static SvmView of(Svm svm) {
        return new SvmView(svm.uuid().value(), svm.name().value(), svm.type() == SvmType.DATA,
                svm.cifsServer().map(CifsServer::name).map(Object::toString).orElse(null));
    }
}
