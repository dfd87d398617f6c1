package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_TAKEN;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_EXISTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserName;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The client users in maps. Like the database's unique constraints, it refuses a second user of the same
 * {@link SagUserName#key()} on an instance with {@code USER_EXISTS}, and a second user of one address with
 * {@code CLIENT_IP_TAKEN}, whatever the caller checked before.
 */
public final class InMemoryClientUsers implements ClientUsers {

    private final Map<SagInstanceId, TreeMap<String, ClientUser>> users = new LinkedHashMap<>();

    public InMemoryClientUsers(ClientUser... users) {
        for (ClientUser user : users) {
            add(user);
        }
    }

    @Override
    public boolean existsNamed(SagInstanceId instance, SagUserName name) {
        return on(instance).containsKey(name.key());
    }

    @Override
    public Optional<ClientUser> named(SagInstanceId instance, SagUserName name) {
        return Optional.ofNullable(on(instance).get(name.key()));
    }

    @Override
    public void add(ClientUser user) {
        TreeMap<String, ClientUser> onInstance = users.computeIfAbsent(user.instance(), instance -> new TreeMap<>());
        if (onInstance.containsKey(user.name().key())) {
            throw new SmartagRejection(USER_EXISTS, Subject.USER_NAME);
        }
        if (holds(user.instance(), user.clientIp())) {
            throw new SmartagRejection(CLIENT_IP_TAKEN, Subject.CLIENT_IP);
        }
        onInstance.put(user.name().key(), user);
    }

    @Override
    public void update(ClientUser user) {
        TreeMap<String, ClientUser> onInstance = on(user.instance());
        if (!onInstance.containsKey(user.name().key())) {
            throw new IllegalStateException("no client user to update: " + user.name());
        }
        onInstance.put(user.name().key(), user);
    }

    @Override
    public void remove(ClientUser user) {
        if (on(user.instance()).remove(user.name().key()) == null) {
            throw new IllegalStateException("no client user to remove: " + user.name());
        }
    }

    @Override
    public List<ClientUser> ofInstance(SagInstanceId instance, ClientUserFilter filter, int offset, int limit) {
        return on(instance).values().stream().filter(filter::matches).skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfInstance(SagInstanceId instance, ClientUserFilter filter) {
        return on(instance).values().stream().filter(filter::matches).count();
    }

    /** Whether a user of the instance holds the address. */
    public boolean holds(SagInstanceId instance, ClientIp ip) {
        return on(instance).values().stream().anyMatch(user -> user.clientIp().equals(ip));
    }

    /** The user as stored now. */
    public ClientUser stored(SagInstanceId instance, String name) {
        return named(instance, new SagUserName(name))
                .orElseThrow(() -> new AssertionError("no client user " + name + " stored"));
    }

    public List<ClientUser> all() {
        return users.values().stream().flatMap(onInstance -> onInstance.values().stream()).toList();
    }

    private TreeMap<String, ClientUser> on(SagInstanceId instance) {
        return users.getOrDefault(instance, new TreeMap<>());
    }
}
