package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_ALREADY_DEPLOYED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_DEPLOYED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HAS_NO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HOLDS_NO_SMB_USERS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.OTHER_DIRECTORY_LINKED;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/**
 * A Cloud Storage Gateway in a storage bundle. A file gateway holds local SMB users unless it is joined to an AD or
 * LDAP service; while it is being deleted or its link changes, it takes no new work.
 */
public final class Gateway {

    private final GatewayId id;
    private final StorageBundleId storageBundle;
    private final GatewayName name;
    private final String description;
    private final GatewayType type;
    private final GatewayLocation location;
    private final GatewayState state;
    private final DirectoryLink directory;
    private final GatewayPlan plan;
    private final Instant createdAt;

    private Gateway(GatewayId id, StorageBundleId storageBundle, GatewayName name, String description,
            GatewayType type, GatewayLocation location, GatewayState state, DirectoryLink directory,
            GatewayPlan plan, Instant createdAt) {
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
        this.plan = Objects.requireNonNull(plan, "plan");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A new gateway in the bundle, joined to no directory, with an id drawn at random: {@code Initialized} when
     * {@link GatewayDeployment} says it waits for {@code DeployGateway}, running otherwise.
     */
    public static Gateway create(StorageBundle storageBundle, GatewayName name, String description, GatewayType type,
            GatewayLocation location, GatewayPlan plan, RandomGenerator random, Instant now) {
        GatewayState state = GatewayDeployment.waitsToBeDeployed(type, location, plan) ? GatewayState.INITIALIZED
                : GatewayState.RUNNING;
        return new Gateway(GatewayId.random(random), storageBundle.id(), name, description, type, location,
                state, DirectoryLink.none(), plan, now);
    }

    public static Gateway reconstitute(GatewayId id, StorageBundleId storageBundle, GatewayName name,
            String description, GatewayType type, GatewayLocation location, GatewayState state,
            DirectoryLink directory, GatewayPlan plan, Instant createdAt) {
        return new Gateway(id, storageBundle, name, description, type, location, state, directory, plan, createdAt);
    }

    /** Local SMB users live only on a file gateway joined to no directory (what a queued task checks again). */
    public void requireHoldsSmbUsers() {
        if (type != GatewayType.FILE) {
            throw new SgwRejection(GATEWAY_TYPE_HOLDS_NO_SMB_USERS, Subject.GATEWAY);
        }
        if (directory.isLinked()) {
            throw new SgwRejection(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY);
        }
    }

    /** What a request to create or delete an SMB user needs: a gateway that holds them and takes work now. */
    public void requireAcceptsSmbUserChanges() {
        requireHoldsSmbUsers();
        requireRunning();
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
            throw new SgwRejection(GATEWAY_TYPE_HAS_NO_DIRECTORY, Subject.GATEWAY);
        }
        requireRunning();
        if (enable && directory.isLinked() && directory.kind() != kind) {
            throw new SgwRejection(OTHER_DIRECTORY_LINKED, Subject.DIRECTORY_ENABLED);
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
            throw new SgwRejection(GATEWAY_TYPE_HAS_NO_DIRECTORY, Subject.GATEWAY);
        }
        if (target.isLinked() && directory.isLinked() && directory.kind() != target.kind()) {
            throw new SgwRejection(OTHER_DIRECTORY_LINKED, Subject.DIRECTORY_ENABLED);
        }
        DirectoryLink next = target.isLinked() ? target
                : directory.kind() == kind ? DirectoryLink.none() : directory;
        return new Gateway(id, storageBundle, name, description, type, location, GatewayState.RUNNING, next, plan,
                createdAt);
    }

    /**
     * The same gateway under another name and description ({@code ModifyGateway}); one that is busy with a task
     * takes no change. Whether the name is free in the bundle is the bundle's to say.
     */
    public Gateway renamed(GatewayName newName, String newDescription) {
        requireIdle();
        return new Gateway(id, storageBundle, newName, newDescription, type, location, state, directory, plan,
                createdAt);
    }

    /**
     * {@code DeployGateway}: the same gateway, being deployed, of the class asked for (or the one it was created with,
     * or {@code Basic}). Only a pay-as-you-go file gateway in the cloud is deployed ({@link GatewayDeployment}), and
     * only while it is {@code Initialized}: one being deployed is in operation, one deployed already is refused.
     */
    public Gateway beginDeployment(GatewayClass askedFor) {
        GatewayDeployment.requireDeployable(type, location, plan);
        if (state == GatewayState.DEPLOYING) {
            throw new SgwRejection(GATEWAY_IN_OPERATION, Subject.GATEWAY);
        }
        if (state != GatewayState.INITIALIZED) {
            throw new SgwRejection(GATEWAY_ALREADY_DEPLOYED, Subject.GATEWAY);
        }
        GatewayClass gatewayClass = askedFor != null ? askedFor
                : plan.gatewayClassIfAny().orElse(GatewayDeployment.DEFAULT_CLASS);
        return new Gateway(id, storageBundle, name, description, type, location, GatewayState.DEPLOYING, directory,
                plan.withGatewayClass(gatewayClass), createdAt);
    }

    /**
     * {@code ModifyGatewayClass}: the same gateway, of the raised class, changing until the task has run. It must be
     * running (one waiting to be deployed says so, a busy one is in operation), and {@link GatewayDeployment} says
     * which classes it may take.
     */
    public Gateway beginClassChange(GatewayClass newClass) {
        Objects.requireNonNull(newClass, "newClass");
        requireRunning();
        GatewayDeployment.requireClassRaise(location, plan, newClass);
        return new Gateway(id, storageBundle, name, description, type, location, GatewayState.CHANGING_CLASS,
                directory, plan.withGatewayClass(newClass), createdAt);
    }

    /** The class change's task ends: the gateway runs again. */
    public Gateway classChanged() {
        if (state != GatewayState.CHANGING_CLASS) {
            throw new SgwRejection(GATEWAY_IN_OPERATION, Subject.GATEWAY);
        }
        return withState(GatewayState.RUNNING);
    }

    /** The deployment task's end: the gateway runs. Checked again as the queued task finds the gateway. */
    public Gateway deployed() {
        if (state != GatewayState.DEPLOYING) {
            throw new SgwRejection(GATEWAY_ALREADY_DEPLOYED, Subject.GATEWAY);
        }
        return withState(GatewayState.RUNNING);
    }

    /**
     * The same gateway taking work again, after the task that held it failed: a failed deployment leaves it
     * {@code Initialized}, to be deployed again; any other operation leaves it running.
     */
    public Gateway operationEnded() {
        return withState(state == GatewayState.DEPLOYING ? GatewayState.INITIALIZED : GatewayState.RUNNING);
    }

    /** Deleting or renaming: a gateway running or waiting to be deployed, not one busy with an operation. */
    private void requireIdle() {
        if (!state.isIdle()) {
            throw new SgwRejection(GATEWAY_IN_OPERATION, Subject.GATEWAY);
        }
    }

    /** Users and directories: a gateway that runs; one that waits to be deployed says so. */
    private void requireRunning() {
        if (state == GatewayState.INITIALIZED) {
            throw new SgwRejection(GATEWAY_NOT_DEPLOYED, Subject.GATEWAY);
        }
        requireIdle();
    }

    private Gateway withState(GatewayState newState) {
        return new Gateway(id, storageBundle, name, description, type, location, newState, directory, plan,
                createdAt);
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

    public GatewayPlan plan() {
        return plan;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
