package org.gatewayusers.application.smartag;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;

/**
 * The instances in a map. A user slot is taken while the instance's users (in the {@link InMemoryClientUsers} it is
 * given) are fewer than its quota; holds are counted, for tests that look at them.
 */
public final class InMemorySagInstances implements SagInstances {

    private final Map<SagInstanceId, SagInstance> instances = new LinkedHashMap<>();
    private final InMemoryClientUsers users;
    private int holds;

    public InMemorySagInstances(InMemoryClientUsers users, SagInstance... instances) {
        this.users = users;
        for (SagInstance instance : instances) {
            add(instance);
        }
    }

    @Override
    public Optional<SagInstance> withId(SagInstanceId id) {
        return Optional.ofNullable(instances.get(id));
    }

    @Override
    public void add(SagInstance instance) {
        if (instances.containsKey(instance.id())) {
            throw new IllegalStateException("an instance with this id is stored already: " + instance.id());
        }
        instances.put(instance.id(), instance);
    }

    @Override
    public void update(SagInstance instance) {
        if (!instances.containsKey(instance.id())) {
            throw new IllegalStateException("no instance to update: " + instance.id());
        }
        instances.put(instance.id(), instance);
    }

    @Override
    public void remove(SagInstanceId id) {
        if (users.countOfInstance(id, ClientUserFilter.none()) > 0) {
            throw new IllegalStateException("the instance still holds client users: " + id);
        }
        if (instances.remove(id) == null) {
            throw new IllegalStateException("no instance to remove: " + id);
        }
    }

    @Override
    public List<SagInstance> page(RegionId region, int offset, int limit) {
        return instances.values().stream()
                .filter(instance -> region == null || instance.region().equals(region))
                .sorted(Comparator.comparing(SagInstance::createdAt).thenComparing(instance -> instance.id().value()))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long count(RegionId region) {
        return instances.values().stream().filter(instance -> region == null || instance.region().equals(region))
                .count();
    }

    @Override
    public boolean hold(SagInstanceId id) {
        if (!instances.containsKey(id)) {
            return false;
        }
        holds++;
        return true;
    }

    @Override
    public boolean takeUserSlot(SagInstanceId id) {
        SagInstance instance = instances.get(id);
        if (instance == null || !instance.userLimit().allowsAnother(users.countOfInstance(id, ClientUserFilter.none()))) {
            return false;
        }
        holds++;
        return true;
    }

    @Override
    public void releaseUserSlot(SagInstanceId id) {
        if (!instances.containsKey(id)) {
            throw new IllegalStateException("no instance to release a user slot of: " + id);
        }
        holds++;
    }

    /** The instance as stored now. */
    public SagInstance stored(SagInstanceId id) {
        return withId(id).orElseThrow(() -> new AssertionError("no instance " + id + " stored"));
    }

    public List<SagInstance> all() {
        return List.copyOf(instances.values());
    }

    /** How often an instance was held (a hold, a slot taken or released). */
    public int holds() {
        return holds;
    }
}
