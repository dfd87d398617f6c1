package org.gatewayusers.domain.sgw;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Builds a stored gateway: {@code aFileGateway().in(bundle).named("gw1").build()}. Each builder draws its own id.
 * By default a running file gateway in the cloud, joined to no directory.
 */
public final class GatewayBuilder {

    public static final String DEFAULT_NAME = "gateway1";
    public static final String DEFAULT_STORAGE_BUNDLE = "sb-0000000000000000bndl";
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-02T03:04:05Z");
    public static final ActiveDirectoryLink AN_AD_LINK =
            new ActiveDirectoryLink("example.com", "192.168.0.10", "Administrator");
    public static final LdapLink AN_LDAP_LINK =
            new LdapLink("192.168.0.20", "dc=example,dc=com", "cn=admin,dc=example,dc=com", false);

    private GatewayId id = GatewayId.random(new SplittableRandom());
    private StorageBundleId storageBundle = new StorageBundleId(DEFAULT_STORAGE_BUNDLE);
    private String name = DEFAULT_NAME;
    private String description;
    private GatewayType type;
    private GatewayLocation location = GatewayLocation.CLOUD;
    private GatewayState state = GatewayState.RUNNING;
    private DirectoryLink directory = DirectoryLink.none();
    private GatewayPlan plan = GatewayPlan.SUBSCRIPTION;
    private Instant createdAt = DEFAULT_CREATED_AT;

    private GatewayBuilder(GatewayType type) {
        this.type = type;
    }

    public static GatewayBuilder aFileGateway() {
        return new GatewayBuilder(GatewayType.FILE);
    }

    public static GatewayBuilder anIscsiGateway() {
        return new GatewayBuilder(GatewayType.ISCSI);
    }

    public GatewayBuilder withId(String id) {
        this.id = new GatewayId(id);
        return this;
    }

    public GatewayBuilder in(StorageBundle bundle) {
        this.storageBundle = bundle.id();
        return this;
    }

    public GatewayBuilder inStorageBundle(String id) {
        this.storageBundle = new StorageBundleId(id);
        return this;
    }

    public GatewayBuilder named(String name) {
        this.name = name;
        return this;
    }

    public GatewayBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public GatewayBuilder ofType(GatewayType type) {
        this.type = type;
        return this;
    }

    public GatewayBuilder at(GatewayLocation location) {
        this.location = location;
        return this;
    }

    public GatewayBuilder inState(GatewayState state) {
        this.state = state;
        return this;
    }

    public GatewayBuilder linkedTo(DirectoryLink directory) {
        this.directory = directory;
        return this;
    }

    public GatewayBuilder linkedToActiveDirectory() {
        return linkedTo(AN_AD_LINK);
    }

    public GatewayBuilder linkedToLdap() {
        return linkedTo(AN_LDAP_LINK);
    }

    public GatewayBuilder withPlan(GatewayPlan plan) {
        this.plan = plan;
        return this;
    }

    /** Pay as you go, of no class yet, waiting to be deployed ({@code Initialized}). */
    public GatewayBuilder waitingToBeDeployed() {
        this.plan = new GatewayPlan(null, true, null, null, false);
        this.state = GatewayState.INITIALIZED;
        return this;
    }

    public GatewayBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public Gateway build() {
        return Gateway.reconstitute(id, storageBundle, new GatewayName(name), description, type, location, state,
                directory, plan, createdAt);
    }
}
