package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_EXISTS;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.GatewayName;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundleId;

/** The gateways in a map, with the unique name per bundle a database would enforce and a task counter per gateway. */
public final class InMemoryGateways implements Gateways {

    private final Map<GatewayId, Gateway> gateways = new LinkedHashMap<>();
    private final Map<GatewayId, Long> lastTaskSequence = new HashMap<>();

    public InMemoryGateways(Gateway... gateways) {
        for (Gateway gateway : gateways) {
            add(gateway);
        }
    }

    @Override
    public Optional<Gateway> withId(GatewayId id) {
        return Optional.ofNullable(gateways.get(id));
    }

    @Override
    public boolean existsNamed(StorageBundleId storageBundle, GatewayName name) {
        return gateways.values().stream()
                .anyMatch(gateway -> gateway.storageBundle().equals(storageBundle) && gateway.name().equals(name));
    }

    @Override
    public void add(Gateway gateway) {
        if (existsNamed(gateway.storageBundle(), gateway.name())) {
            throw new SgwRejection(GATEWAY_NAME_EXISTS, Subject.GATEWAY_NAME);
        }
        if (gateways.containsKey(gateway.id())) {
            throw new IllegalStateException("a gateway with this id is stored already: " + gateway.id());
        }
        gateways.put(gateway.id(), gateway);
    }

    @Override
    public void update(Gateway gateway) {
        if (!gateways.containsKey(gateway.id())) {
            throw new IllegalStateException("no gateway to update: " + gateway.id());
        }
        gateways.put(gateway.id(), gateway);
    }

    @Override
    public void remove(Gateway gateway) {
        if (gateways.remove(gateway.id()) == null) {
            throw new IllegalStateException("no gateway to remove: " + gateway.id());
        }
    }

    @Override
    public List<Gateway> ofStorageBundle(StorageBundleId storageBundle, int offset, int limit) {
        return gateways.values().stream()
                .filter(gateway -> gateway.storageBundle().equals(storageBundle))
                .sorted(Comparator.comparing(Gateway::createdAt))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfStorageBundle(StorageBundleId storageBundle) {
        return gateways.values().stream().filter(gateway -> gateway.storageBundle().equals(storageBundle)).count();
    }

    @Override
    public OptionalLong nextTaskSequence(GatewayId gateway) {
        if (!gateways.containsKey(gateway)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(lastTaskSequence.merge(gateway, 1L, Long::sum));
    }

    /** The gateway as stored now. */
    public Gateway stored(GatewayId id) {
        return withId(id).orElseThrow(() -> new AssertionError("no gateway " + id + " stored"));
    }

    public List<Gateway> all() {
        return List.copyOf(gateways.values());
    }
}
