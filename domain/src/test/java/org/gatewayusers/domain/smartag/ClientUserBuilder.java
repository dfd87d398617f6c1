package org.gatewayusers.domain.smartag;

import java.time.Instant;
import org.gatewayusers.domain.shared.CredentialHash;

/**
 * Builds a stored client user: {@code aClientUser().of(instance).named("alex.smith").at("10.0.0.7").build()}. By
 * default {@code alex.smith} with mail {@code alex.smith@example.com}, 2,000 Kbps, an allocated address of
 * {@code 10.0.0.2}, enabled, and a made-up Argon2id hash.
 */
public final class ClientUserBuilder {

    public static final CredentialHash AN_ARGON2_HASH = new CredentialHash("ARGON2ID",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$6u2Yd0HfbnkuSeTIi1gQ/Iz7NUt9Sb+1KuV0bsOsjwY");
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-02-03T04:05:06Z");

    private SagInstanceId instance = new SagInstanceId("sag-00000000000000000000");
    private String name = "alex.smith";
    private String mail = "alex.smith@example.com";
    private int bandwidth = 2_000;
    private String clientIp = "10.0.0.2";
    private boolean staticIp;
    private ClientUserState state = ClientUserState.ENABLED;
    private CredentialHash credential = AN_ARGON2_HASH;
    private Instant createdAt = DEFAULT_CREATED_AT;

    private ClientUserBuilder() {
    }

    public static ClientUserBuilder aClientUser() {
        return new ClientUserBuilder();
    }

    public ClientUserBuilder of(SagInstance instance) {
        this.instance = instance.id();
        return this;
    }

    public ClientUserBuilder named(String name) {
        this.name = name;
        return this;
    }

    public ClientUserBuilder withMail(String mail) {
        this.mail = mail;
        return this;
    }

    public ClientUserBuilder withBandwidth(int kbps) {
        this.bandwidth = kbps;
        return this;
    }

    /** An address the service allocated. */
    public ClientUserBuilder at(String clientIp) {
        this.clientIp = clientIp;
        this.staticIp = false;
        return this;
    }

    /** An address the user asked for. */
    public ClientUserBuilder atStatic(String clientIp) {
        this.clientIp = clientIp;
        this.staticIp = true;
        return this;
    }

    public ClientUserBuilder disabled() {
        this.state = ClientUserState.DISABLED;
        return this;
    }

    public ClientUserBuilder withCredential(CredentialHash credential) {
        this.credential = credential;
        return this;
    }

    public ClientUser build() {
        return ClientUser.reconstitute(instance, new SagUserName(name), new EmailAddress(mail),
                new Bandwidth(bandwidth), ClientIp.parse(clientIp), staticIp, state, credential, createdAt);
    }
}
