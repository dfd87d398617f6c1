package org.gatewayusers.application.smartag;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;

/**
 * The client addresses of each instance: an address is taken when a user in the {@link InMemoryClientUsers} it is
 * given holds it, or when it was taken here and not released. Finds the lowest free one by walking the block, as a
 * fake may.
 */
public final class InMemoryClientIps implements ClientIps {

    private final InMemoryClientUsers users;
    private final Map<SagInstanceId, Set<ClientIp>> taken = new HashMap<>();

    public InMemoryClientIps(InMemoryClientUsers users) {
        this.users = users;
    }

    @Override
    public Optional<ClientIp> takeLowestFree(SagInstance instance) {
        CidrBlock block = instance.requireClientBlock();
        for (ClientIp ip = block.firstClientAddress(); ip.compareTo(block.lastClientAddress()) <= 0; ip = ip.plus(1)) {
            if (!isTaken(instance.id(), ip)) {
                takenOn(instance.id()).add(ip);
                return Optional.of(ip);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean take(SagInstance instance, ClientIp ip) {
        if (!instance.requireClientBlock().isClientAddress(ip) || isTaken(instance.id(), ip)) {
            return false;
        }
        takenOn(instance.id()).add(ip);
        return true;
    }

    /** Like the store, refuses to free an address a user still holds. */
    @Override
    public void release(SagInstanceId instance, ClientIp ip) {
        if (users.holds(instance, ip)) {
            throw new IllegalStateException("a user still holds " + ip);
        }
        takenOn(instance).remove(ip);
    }

    public boolean isTaken(SagInstanceId instance, ClientIp ip) {
        return takenOn(instance).contains(ip) || users.holds(instance, ip);
    }

    private Set<ClientIp> takenOn(SagInstanceId instance) {
        return taken.computeIfAbsent(instance, id -> new TreeSet<>());
    }
}
