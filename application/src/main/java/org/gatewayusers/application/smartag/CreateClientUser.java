package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_TAKEN;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NO_FREE_CLIENT_IP;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_EXISTS;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_OVER_LIMIT;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.smartag.Bandwidth;
import org.gatewayusers.domain.smartag.ClientCredentials;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserNameRules;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * Creates a client user of an app instance: CreateSmartAccessGatewayClientUser, with every rule of both vendor pages.
 * The request's own rules come first (name and password together, the name, the mail address, the password), then
 * the instance (its id, its region, its client block), the bandwidth by the instance's policy and the client address
 * by its mode. The password is hashed before the instance is held; then the quota is counted and the address taken
 * in the store, so that concurrent creates get exactly the quota and never share an address.
 */
public final class CreateClientUser {

    private final SagInstances instances;
    private final ClientUsers users;
    private final ClientIps clientIps;
    private final ClientPasswordHasher hasher;
    private final Clock clock;
    private final RandomGenerator random;

    /** The random generator draws generated passwords: give it a secure one. */
    public CreateClientUser(SagInstances instances, ClientUsers users, ClientIps clientIps,
            ClientPasswordHasher hasher, Clock clock, RandomGenerator random) {
        this.instances = instances;
        this.users = users;
        this.clientIps = clientIps;
        this.hasher = hasher;
        this.clock = clock;
        this.random = random;
    }

    public CreatedClientUser create(CreateClientUserCommand command) {
        ClientCredentials credentials = ClientCredentials.resolve(command.userName(), command.password(),
                command.userMail(), random);
        SagInstance instance = SmartagLookups.instance(instances, command.regionId(), command.smartAgId());
        instance.requireClientBlock();
        Bandwidth bandwidth = instance.bandwidthFor(command.bandwidth());
        Optional<ClientIp> askedFor = instance.clientIpAskedFor(command.clientIp());
        if (users.existsNamed(instance.id(), credentials.name())) {
            throw new SmartagRejection(USER_EXISTS, Subject.USER_NAME);
        }
        CredentialHash credential = hasher.hash(credentials.password());
        if (!instances.takeUserSlot(instance.id())) {
            throw new SmartagRejection(USER_OVER_LIMIT, Subject.INSTANCE);
        }
        ClientIp clientIp = askedFor.isPresent() ? take(instance, askedFor.get()) : allocate(instance);
        ClientUser user = ClientUser.register(instance, credentials.name(), credentials.mail(), bandwidth, clientIp,
                askedFor.isPresent(), credential, clock.now());
        users.add(user);
        return new CreatedClientUser(ClientUserView.of(user),
                credentials.passwordGenerated() ? credentials.password() : null);
    }

    private ClientIp take(SagInstance instance, ClientIp askedFor) {
        if (!clientIps.take(instance, askedFor)) {
            throw new SmartagRejection(CLIENT_IP_TAKEN, Subject.CLIENT_IP);
        }
        return askedFor;
    }

    private ClientIp allocate(SagInstance instance) {
        return clientIps.takeLowestFree(instance)
                .orElseThrow(() -> new SmartagRejection(NO_FREE_CLIENT_IP, Subject.CLIENT_IP));
    }
}
