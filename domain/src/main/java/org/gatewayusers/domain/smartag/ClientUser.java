package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_OUTSIDE_BLOCK;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * A client account of an app instance: its name, mail address, bandwidth and client address (static when the user
 * asked for it, else allocated by the service), and whether it may log on. Only the Argon2id hash of its password is
 * kept, never the password.
 */
public final class ClientUser {

    private final SagInstanceId instance;
    private final SagUserName name;
    private final EmailAddress mail;
    private final Bandwidth bandwidth;
    private final ClientIp clientIp;
    private final boolean staticIp;
    private final ClientUserState state;
    private final CredentialHash credential;
    private final Instant createdAt;

    private ClientUser(SagInstanceId instance, SagUserName name, EmailAddress mail, Bandwidth bandwidth,
            ClientIp clientIp, boolean staticIp, ClientUserState state, CredentialHash credential, Instant createdAt) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.name = Objects.requireNonNull(name, "name");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.bandwidth = Objects.requireNonNull(bandwidth, "bandwidth");
        this.clientIp = Objects.requireNonNull(clientIp, "clientIp");
        this.staticIp = staticIp;
        this.state = Objects.requireNonNull(state, "state");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A new, enabled client user of the instance, with an address of the instance's block (taken from the store
     * before) and the credential hashed when the request came in.
     */
    public static ClientUser register(SagInstance instance, SagUserName name, EmailAddress mail, Bandwidth bandwidth,
            ClientIp clientIp, boolean staticIp, CredentialHash credential, Instant now) {
        if (!instance.requireClientBlock().isClientAddress(clientIp)) {
            throw new SmartagRejection(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP);
        }
        return new ClientUser(instance.id(), name, mail, bandwidth, clientIp, staticIp, ClientUserState.ENABLED,
                credential, now);
    }

    public static ClientUser reconstitute(SagInstanceId instance, SagUserName name, EmailAddress mail,
            Bandwidth bandwidth, ClientIp clientIp, boolean staticIp, ClientUserState state,
            CredentialHash credential, Instant createdAt) {
        return new ClientUser(instance, name, mail, bandwidth, clientIp, staticIp, state, credential, createdAt);
    }

    public ClientUser withBandwidth(Bandwidth changed) {
        return new ClientUser(instance, name, mail, changed, clientIp, staticIp, state, credential, createdAt);
    }

    public ClientUser withMail(EmailAddress changed) {
        return new ClientUser(instance, name, changed, bandwidth, clientIp, staticIp, state, credential, createdAt);
    }

    /** The same user with a new password, hashed when the request came in. */
    public ClientUser withCredential(CredentialHash changed) {
        return new ClientUser(instance, name, mail, bandwidth, clientIp, staticIp, state, changed, createdAt);
    }

    public ClientUser enabled() {
        return new ClientUser(instance, name, mail, bandwidth, clientIp, staticIp, ClientUserState.ENABLED, credential,
                createdAt);
    }

    public ClientUser disabled() {
        return new ClientUser(instance, name, mail, bandwidth, clientIp, staticIp, ClientUserState.DISABLED, credential,
                createdAt);
    }

    public SagInstanceId instance() {
        return instance;
    }

    public SagUserName name() {
        return name;
    }

    public EmailAddress mail() {
        return mail;
    }

    public Bandwidth bandwidth() {
        return bandwidth;
    }

    public ClientIp clientIp() {
        return clientIp;
    }

    /** Whether the address was asked for (static), rather than allocated by the service. */
    public boolean staticIp() {
        return staticIp;
    }

    public ClientUserState state() {
        return state;
    }

    public CredentialHash credential() {
        return credential;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
