package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HAS_NO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HOLDS_NO_SMB_USERS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.OTHER_DIRECTORY_LINKED;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A Cloud Storage Gateway in a storage bundle. A file gateway holds local SMB users unless it is joined to an AD or
 * LDAP service; while it is being deleted or its link changes, it takes no new work.
 */
public final class Gateway {

    public static final String ID_FIELD = "GatewayId";

    private final GatewayId id;
    private final StorageBundleId storageBundle;
    private final GatewayName name;
    private final String description;
    private final GatewayType type;
    private final GatewayLocation location;
    private final GatewayState state;
    private final DirectoryLink directory;
    private final Instant createdAt;

    private Gateway(GatewayId id, StorageBundleId storageBundle, GatewayName name, String description,
            GatewayType type, GatewayLocation location, GatewayState state, DirectoryLink directory,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.storageBundle = Objects.requireNonNull(storageBundle, "storageBundle");
        this.name = Objects.requireNonNull(name, "name");
        SgwTextRules.descriptionHasAtMost255Characters(description);
        this.description = SgwTextRules.noneIfEmpty(description);
        this.type = Objects.requireNonNull(type, "type");
        this.location = Objects.requireNonNull(location, "location");
        this.state = Objects.requireNonNull(state, "state");
        this.directory = Objects.requireNonNull(directory, "directory");
        if (type != GatewayType.FILE && directory.isLinked()) {
            throw new IllegalArgumentException("only a file gateway joins a directory");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new running gateway in the bundle, joined to no directory, with an id drawn at random. */
    public static Gateway create(StorageBundle storageBundle, GatewayName name, String description, GatewayType type,
            GatewayLocation location, RandomGenerator random, Instant now) {
        return new Gateway(GatewayId.random(random), storageBundle.id(), name, description, type, location,
                GatewayState.RUNNING, DirectoryLink.none(), now);
    }

    public static Gateway reconstitute(GatewayId id, StorageBundleId storageBundle, GatewayName name,
            String description, GatewayType type, GatewayLocation location, GatewayState state,
            DirectoryLink directory, Instant createdAt) {
        return new Gateway(id, storageBundle, name, description, type, location, state, directory, createdAt);
    }

    /** Local SMB users live only on a file gateway joined to no directory (what a queued task checks again). */
    public void requireHoldsSmbUsers() {
        if (type != GatewayType.FILE) {
            throw new SgwRejection(GATEWAY_TYPE_HOLDS_NO_SMB_USERS, ID_FIELD);
        }
        if (directory.isLinked()) {
            throw new SgwRejection(GATEWAY_LINKED_TO_DIRECTORY, ID_FIELD);
        }
    }

    /** What a request to create or delete an SMB user needs: a gateway that holds them and takes work now. */
    public void requireAcceptsSmbUserChanges() {
        requireHoldsSmbUsers();
        requireIdle();
    }

    /** The same gateway, marked as being deleted: it takes no more work until its deletion task has run. */
    public Gateway beginDeletion() {
        requireIdle();
        return withState(GatewayState.DELETING);
    }

    /**
     * The same gateway, marked as changing its link to the given kind of directory: it takes no more work until the
     * task has run. Enabling one kind while joined to the other is refused.
     */
    public Gateway beginDirectoryChange(DirectoryKind kind, boolean enable) {
        if (type != GatewayType.FILE) {
            throw new SgwRejection(GATEWAY_TYPE_HAS_NO_DIRECTORY, ID_FIELD);
        }
        requireIdle();
        if (enable && directory.isLinked() && directory.kind() != kind) {
            throw new SgwRejection(OTHER_DIRECTORY_LINKED, "IsEnabled");
        }
        return withState(GatewayState.CHANGING_DIRECTORY);
    }

    /**
     * The same gateway, running again, joined to the target; a target of {@link NoDirectory} clears a link of the
     * given kind only, and leaves a link of the other kind as it is. The rules of the request are checked again, as
     * a queued task finds the gateway.
     */
    public Gateway withDirectoryChanged(DirectoryKind kind, DirectoryLink target) {
        if (type != GatewayType.FILE) {
            throw new SgwRejection(GATEWAY_TYPE_HAS_NO_DIRECTORY, ID_FIELD);
        }
        if (target.isLinked() && directory.isLinked() && directory.kind() != target.kind()) {
            throw new SgwRejection(OTHER_DIRECTORY_LINKED, "IsEnabled");
        }
        DirectoryLink next = target.isLinked() ? target
                : directory.kind() == kind ? DirectoryLink.none() : directory;
        return new Gateway(id, storageBundle, name, description, type, location, GatewayState.RUNNING, next,
                createdAt);
    }

    /**
     * The same gateway under another name and description ({@code ModifyGateway}); one that is busy with a task
     * takes no change. Whether the name is free in the bundle is the bundle's to say.
     */
    public Gateway renamed(GatewayName newName, String newDescription) {
        requireIdle();
        return new Gateway(id, storageBundle, newName, newDescription, type, location, state, directory, createdAt);
    }

    /** The same gateway taking work again, after the task that held it failed. */
    public Gateway operationEnded() {
        return withState(GatewayState.RUNNING);
    }

    private void requireIdle() {
        if (!state.isIdle()) {
            throw new SgwRejection(GATEWAY_IN_OPERATION, ID_FIELD);
        }
    }

    private Gateway withState(GatewayState newState) {
        return new Gateway(id, storageBundle, name, description, type, location, newState, directory, createdAt);
    }

    public GatewayId id() {
        return id;
    }

    public StorageBundleId storageBundle() {
        return storageBundle;
    }

    public GatewayName name() {
        return name;
    }

    /** Null when there is none. */
    public String description() {
        return description;
    }

    public GatewayType type() {
        return type;
    }

    public GatewayLocation location() {
        return location;
    }

    public GatewayState state() {
        return state;
    }

    public DirectoryLink directory() {
        return directory;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
