package org.gatewayusers.domain.ontap;

import java.util.Objects;

/** The CIFS (SMB) server of an SVM. Its name is the local domain of the SVM's users and groups. */
public record CifsServer(CifsServerName name) {

    public CifsServer {
        Objects.requireNonNull(name, "name");
    }

    public CifsServerName localDomain() {
        return name;
    }
}
