package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_EXISTS;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleId;
import org.gatewayusers.domain.sgw.StorageBundleName;

/** The storage bundles in a map, with the unique name a database would enforce. */
public final class InMemoryStorageBundles implements StorageBundles {

    private final Map<StorageBundleId, StorageBundle> bundles = new LinkedHashMap<>();

    public InMemoryStorageBundles(StorageBundle... bundles) {
        for (StorageBundle bundle : bundles) {
            add(bundle);
        }
    }

    @Override
    public Optional<StorageBundle> withId(StorageBundleId id) {
        return Optional.ofNullable(bundles.get(id));
    }

    @Override
    public boolean existsNamed(StorageBundleName name) {
        return bundles.values().stream().anyMatch(bundle -> bundle.name().equals(name));
    }

    @Override
    public void add(StorageBundle bundle) {
        if (existsNamed(bundle.name())) {
            throw new SgwRejection(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME);
        }
        if (bundles.containsKey(bundle.id())) {
            throw new IllegalStateException("a storage bundle with this id is stored already: " + bundle.id());
        }
        bundles.put(bundle.id(), bundle);
    }

    @Override
    public void update(StorageBundle bundle) {
        if (bundles.values().stream().anyMatch(other -> !other.id().equals(bundle.id()) && other.name().equals(bundle.name()))) {
            throw new SgwRejection(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME);
        }
        if (bundles.replace(bundle.id(), bundle) == null) {
            throw new IllegalStateException("no storage bundle to update: " + bundle.id());
        }
    }

    @Override
    public List<StorageBundle> page(int offset, int limit) {
        return all().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count() {
        return bundles.size();
    }

    @Override
    public void remove(StorageBundle bundle) {
        if (bundles.remove(bundle.id()) == null) {
            throw new IllegalStateException("no storage bundle to remove: " + bundle.id());
        }
    }

    /** Oldest first, then in the order they were added. */
    public List<StorageBundle> all() {
        return bundles.values().stream().sorted(Comparator.comparing(StorageBundle::createdAt)).toList();
    }
}
