package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_NOT_FOUND;

import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserName;
import org.gatewayusers.domain.smartag.SagUserNameRules;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * Finds what a request names: an instance (SAG.InstanceIdEmpty, SAG.InstanceNoFound, then its region), and a client
 * user of it (ClientUser.NameEmpty, ClientUser.NameInvalid, then whether it exists).
 */
final class SmartagLookups {

    private SmartagLookups() {
    }

    static SagInstance instance(SagInstances instances, String regionId, String smartAgId) {
        SagInstance instance = instances.withId(SagInstanceId.parse(smartAgId))
                .orElseThrow(() -> new SmartagRejection(INSTANCE_NOT_FOUND, Subject.INSTANCE));
        instance.requireRegion(regionId);
        return instance;
    }

    /** The instance, held before it is read, for a change of it or of its client users. */
    static SagInstance heldInstance(SagInstances instances, String regionId, String smartAgId) {
        SagInstance instance = heldInstanceAnyRegion(instances, smartAgId);
        instance.requireRegion(regionId);
        return instance;
    }

    /** The instance, held before it is read; whether the request's region is its own is left to the caller. */
    static SagInstance heldInstanceAnyRegion(SagInstances instances, String smartAgId) {
        SagInstanceId id = SagInstanceId.parse(smartAgId);
        if (!instances.hold(id)) {
            throw new SmartagRejection(INSTANCE_NOT_FOUND, Subject.INSTANCE);
        }
        return instances.withId(id)
                .orElseThrow(() -> new SmartagRejection(INSTANCE_NOT_FOUND, Subject.INSTANCE));
    }

    static ClientUser clientUser(ClientUsers users, SagInstance instance, SagUserName name) {
        return users.named(instance.id(), name)
                .orElseThrow(() -> new SmartagRejection(USER_NOT_FOUND, Subject.USER_NAME));
    }

    static long clientUsersOf(ClientUsers users, SagInstance instance) {
        return users.countOfInstance(instance.id(), ClientUserFilter.none());
    }
}
