package org.gatewayusers.domain.sgw;

import java.util.Objects;
import org.gatewayusers.domain.shared.CredentialHash;

/** A local SMB user of a file gateway. Only the NT hash of its password is kept, never the password. */
public final class SmbUser {

    private final GatewayId gateway;
    private final SmbUserName name;
    private final CredentialHash credential;

    private SmbUser(GatewayId gateway, SmbUserName name, CredentialHash credential) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.name = Objects.requireNonNull(name, "name");
        this.credential = Objects.requireNonNull(credential, "credential");
    }

    /** A new user of a gateway that holds SMB users, with the credential hashed when the request came in. */
    public static SmbUser create(Gateway gateway, SmbUserName name, CredentialHash credential) {
        gateway.requireHoldsSmbUsers();
        return new SmbUser(gateway.id(), name, credential);
    }

    public static SmbUser reconstitute(GatewayId gateway, SmbUserName name, CredentialHash credential) {
        return new SmbUser(gateway, name, credential);
    }

    public GatewayId gateway() {
        return gateway;
    }

    public SmbUserName name() {
        return name;
    }

    public CredentialHash credential() {
        return credential;
    }
}
