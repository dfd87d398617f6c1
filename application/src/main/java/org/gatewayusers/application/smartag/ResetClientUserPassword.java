package org.gatewayusers.application.smartag;

import java.util.random.RandomGenerator;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.ClientPasswordGenerator;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagPasswordRules;
import org.gatewayusers.domain.smartag.SagUserName;

/**
 * Gives a client user a new password, the one given (by the password rules) or one the service generates, which the
 * result carries once: ResetSmartAccessGatewayClientUserPassword. Only its Argon2id hash is kept.
 */
public final class ResetClientUserPassword {

    private final SagInstances instances;
    private final ClientUsers users;
    private final ClientPasswordHasher hasher;
    private final RandomGenerator random;

    /** The random generator draws generated passwords: give it a secure one. */
    public ResetClientUserPassword(SagInstances instances, ClientUsers users, ClientPasswordHasher hasher,
            RandomGenerator random) {
        this.instances = instances;
        this.users = users;
        this.hasher = hasher;
        this.random = random;
    }

    public ResetClientUserPasswordResult reset(ResetClientUserPasswordCommand command) {
        SagUserName name = SagUserName.parse(command.userName());
        boolean given = command.password() != null && !command.password().reveal().isEmpty();
        if (given) {
            SagPasswordRules.check(command.password());
        }
        SagInstance instance = SmartagLookups.instance(instances, command.regionId(), command.smartAgId());
        ClientUser user = SmartagLookups.clientUser(users, instance, name);
        Password password = given ? command.password() : ClientPasswordGenerator.generate(random);
        users.update(user.withCredential(hasher.hash(password)));
        return new ResetClientUserPasswordResult(user.name().value(), given ? null : password);
    }
}
