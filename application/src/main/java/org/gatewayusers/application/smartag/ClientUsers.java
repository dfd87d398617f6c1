package org.gatewayusers.application.smartag;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserName;

/** The client users of all app instances; names are unique per instance without regard to case, and so are addresses. */
public interface ClientUsers {

    boolean existsNamed(SagInstanceId instance, SagUserName name);

    Optional<ClientUser> named(SagInstanceId instance, SagUserName name);

    /**
     * Adds a new user; a user of the same name on the instance is rejected as {@code USER_EXISTS}, one holding the
     * same address as {@code CLIENT_IP_TAKEN}, an instance that is gone as {@code INSTANCE_NOT_FOUND}, even in a race.
     */
    void add(ClientUser user);

    /** Stores a change of a user that exists: bandwidth, mail address, state or credential. */
    void update(ClientUser user);

    void remove(ClientUser user);

    /** A page of the users of one instance that the filter lets through, by name without regard to case. */
    List<ClientUser> ofInstance(SagInstanceId instance, ClientUserFilter filter, int offset, int limit);

    long countOfInstance(SagInstanceId instance, ClientUserFilter filter);
}
