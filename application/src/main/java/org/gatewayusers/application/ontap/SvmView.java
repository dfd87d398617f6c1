package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmType;

/** What a client may see of an SVM. {@code cifsServer} is null when it runs none, {@code comment} when it has none. */
public record SvmView(String uuid, String name, boolean data, String cifsServer, String comment) {

    public SvmView(String uuid, String name, boolean data, String cifsServer) {
        this(uuid, name, data, cifsServer, null);
    }

    static SvmView of(Svm svm) {
        return new SvmView(svm.uuid().value(), svm.name().value(), svm.type() == SvmType.DATA,
                svm.cifsServer().map(CifsServer::name).map(Object::toString).orElse(null), svm.comment().orElse(null));
    }
}
