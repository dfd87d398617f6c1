package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_EXISTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.SmbUserNamePattern;

/**
 * The SMB users in maps. Like the database's unique constraint, it refuses a second user of the same
 * {@link SmbUserName#key()} on a gateway with {@code USER_EXISTS}, whatever the caller checked before.
 */
public final class InMemorySmbUsers implements SmbUsers {

    private final Map<GatewayId, TreeMap<String, SmbUser>> users = new LinkedHashMap<>();

    public InMemorySmbUsers(SmbUser... users) {
        for (SmbUser user : users) {
            add(user);
        }
    }

    @Override
    public boolean existsNamed(GatewayId gateway, SmbUserName name) {
        return on(gateway).containsKey(name.key());
    }

    @Override
    public Optional<SmbUser> named(GatewayId gateway, SmbUserName name) {
        return Optional.ofNullable(on(gateway).get(name.key()));
    }

    @Override
    public void add(SmbUser user) {
        TreeMap<String, SmbUser> onGateway = users.computeIfAbsent(user.gateway(), gateway -> new TreeMap<>());
        if (onGateway.containsKey(user.name().key())) {
            throw new SgwRejection(USER_EXISTS, Subject.SMB_USER_NAME);
        }
        onGateway.put(user.name().key(), user);
    }

    @Override
    public void remove(SmbUser user) {
        if (on(user.gateway()).remove(user.name().key()) == null) {
            throw new IllegalStateException("no user to remove: " + user.name());
        }
    }

    @Override
    public void removeAllOf(GatewayId gateway) {
        users.remove(gateway);
    }

    @Override
    public List<SmbUser> ofGateway(GatewayId gateway, int offset, int limit) {
        return on(gateway).values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfGateway(GatewayId gateway) {
        return on(gateway).size();
    }

    @Override
    public List<SmbUser> matching(GatewayId gateway, SmbUserNamePattern pattern, int offset, int limit) {
        return on(gateway).values().stream().filter(user -> pattern.matches(user.name())).skip(offset).limit(limit).toList();
    }

    @Override
    public long countMatching(GatewayId gateway, SmbUserNamePattern pattern) {
        return on(gateway).values().stream().filter(user -> pattern.matches(user.name())).count();
    }

    /** The names of a gateway's users, by name without regard to case. */
    public List<String> namesOn(GatewayId gateway) {
        return on(gateway).values().stream().map(user -> user.name().value()).toList();
    }

    public List<SmbUser> all() {
        return users.values().stream().flatMap(onGateway -> onGateway.values().stream()).toList();
    }

    private TreeMap<String, SmbUser> on(GatewayId gateway) {
        return users.getOrDefault(gateway, new TreeMap<>());
    }
}
