package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;
import org.gatewayusers.application.sgw.CreateGateway;
import org.gatewayusers.application.sgw.CreateSmbUser;
import org.gatewayusers.application.sgw.CreateStorageBundle;
import org.gatewayusers.application.sgw.DeleteGateway;
import org.gatewayusers.application.sgw.DeployGateway;
import org.gatewayusers.application.sgw.ModifyGatewayClass;
import org.gatewayusers.application.sgw.DeleteSmbUser;
import org.gatewayusers.application.sgw.DeleteStorageBundle;
import org.gatewayusers.application.sgw.Gateways;
import org.gatewayusers.application.sgw.GetStorageBundle;
import org.gatewayusers.application.sgw.GetGateway;
import org.gatewayusers.application.sgw.ListGateways;
import org.gatewayusers.application.sgw.ModifyGateway;
import org.gatewayusers.application.sgw.ModifyStorageBundle;
import org.gatewayusers.application.sgw.ListSmbUsers;
import org.gatewayusers.application.sgw.ListStorageBundles;
import org.gatewayusers.application.sgw.ListTasks;
import org.gatewayusers.application.sgw.RecoverTasks;
import org.gatewayusers.application.sgw.RunNextTask;
import org.gatewayusers.application.sgw.SetGatewayActiveDirectory;
import org.gatewayusers.application.sgw.SetGatewayLdap;
import org.gatewayusers.application.sgw.SmbUsers;
import org.gatewayusers.application.sgw.StorageBundles;
import org.gatewayusers.application.sgw.Tasks;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.application.shared.CredentialHasher;

/** Composition root of the Cloud Storage Gateway context. */
@ApplicationScoped
public class SgwUseCases {

    /** How long a claimed task is this server's before another may take it over. */
    static final Duration TASK_LEASE = Duration.ofSeconds(60);

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.system();
    private final String workerId = "worker-" + UUID.randomUUID();

    @Inject
    StorageBundles bundles;

    @Inject
    Gateways gateways;

    @Inject
    SmbUsers smbUsers;

    @Inject
    Tasks tasks;

    @Inject
    CredentialHasher hasher;

    @Produces
    CreateStorageBundle createStorageBundle() {
        return new CreateStorageBundle(bundles, clock, random);
    }

    @Produces
    ListStorageBundles listStorageBundles() {
        return new ListStorageBundles(bundles);
    }

    @Produces
    GetStorageBundle getStorageBundle() {
        return new GetStorageBundle(bundles);
    }

    @Produces
    ModifyStorageBundle modifyStorageBundle() {
        return new ModifyStorageBundle(bundles);
    }

    @Produces
    DeleteStorageBundle deleteStorageBundle() {
        return new DeleteStorageBundle(bundles, gateways);
    }

    @Produces
    CreateGateway createGateway() {
        return new CreateGateway(bundles, gateways, clock, random);
    }

    @Produces
    ListGateways listGateways() {
        return new ListGateways(bundles, gateways);
    }

    @Produces
    GetGateway getGateway() {
        return new GetGateway(gateways);
    }

    @Produces
    ModifyGateway modifyGateway() {
        return new ModifyGateway(gateways);
    }

    @Produces
    DeleteGateway deleteGateway() {
        return new DeleteGateway(gateways, tasks, clock, random);
    }

    @Produces
    DeployGateway deployGateway() {
        return new DeployGateway(gateways, tasks, clock, random);
    }

    @Produces
    ModifyGatewayClass modifyGatewayClass() {
        return new ModifyGatewayClass(gateways, tasks, clock, random);
    }

    @Produces
    SetGatewayActiveDirectory setGatewayActiveDirectory() {
        return new SetGatewayActiveDirectory(gateways, tasks, clock, random);
    }

    @Produces
    SetGatewayLdap setGatewayLdap() {
        return new SetGatewayLdap(gateways, tasks, clock, random);
    }

    @Produces
    CreateSmbUser createSmbUser() {
        return new CreateSmbUser(gateways, smbUsers, tasks, hasher, clock, random);
    }

    @Produces
    DeleteSmbUser deleteSmbUser() {
        return new DeleteSmbUser(gateways, smbUsers, tasks, clock, random);
    }

    @Produces
    ListSmbUsers listSmbUsers() {
        return new ListSmbUsers(gateways, smbUsers);
    }

    @Produces
    ListTasks listTasks() {
        return new ListTasks(gateways, tasks);
    }

    @Produces
    RunNextTask runNextTask() {
        return new RunNextTask(tasks, gateways, smbUsers, clock, workerId, TASK_LEASE);
    }

    @Produces
    RecoverTasks recoverTasks() {
        return new RecoverTasks(tasks, clock);
    }
}
