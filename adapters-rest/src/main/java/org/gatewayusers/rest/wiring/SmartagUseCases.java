package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.application.shared.Settings.Setting;
import org.gatewayusers.application.smartag.ClientIps;
import org.gatewayusers.application.smartag.ClientPasswordHasher;
import org.gatewayusers.application.smartag.ClientUsers;
import org.gatewayusers.application.smartag.CreateClientUser;
import org.gatewayusers.application.smartag.CreateSagInstance;
import org.gatewayusers.application.smartag.DeleteClientUser;
import org.gatewayusers.application.smartag.DeleteSagInstance;
import org.gatewayusers.application.smartag.DisableClientUser;
import org.gatewayusers.application.smartag.EnableClientUser;
import org.gatewayusers.application.smartag.GetSagInstance;
import org.gatewayusers.application.smartag.ListClientUsers;
import org.gatewayusers.application.smartag.ListSagInstances;
import org.gatewayusers.application.smartag.ModifyClientUser;
import org.gatewayusers.application.smartag.RaiseSagUserCount;
import org.gatewayusers.application.smartag.ResetClientUserPassword;
import org.gatewayusers.application.smartag.SagInstances;
import org.gatewayusers.application.smartag.SetSagBandwidthPolicy;
import org.gatewayusers.application.smartag.SetSagInstanceCidr;
import org.gatewayusers.application.smartag.SetSagStaticIpMode;
import org.gatewayusers.domain.smartag.BandwidthPolicy;

/**
 * Composition root of the Smart Access Gateway context. New instances get the bandwidth policy of
 * {@code SAG_BANDWIDTH_MAX_KBPS} and {@code SAG_BANDWIDTH_DEFAULT_KBPS} (the Chinese page's 1–20000, default
 * 2000, when unset; 2000 and 2000 pin the English page's ceiling); each instance's own policy can change after.
 */
@ApplicationScoped
public class SmartagUseCases {

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.system();

    @Inject
    SagInstances instances;

    @Inject
    ClientUsers users;

    @Inject
    ClientIps clientIps;

    @Inject
    ClientPasswordHasher hasher;

    @Inject
    Settings settings;

    static BandwidthPolicy defaultPolicy(Settings settings) {
        BandwidthPolicy vendor = BandwidthPolicy.VENDOR;
        return new BandwidthPolicy(vendor.minKbps(), settings.count(Setting.SAG_BANDWIDTH_MAX_KBPS, vendor.maxKbps()),
                settings.count(Setting.SAG_BANDWIDTH_DEFAULT_KBPS, vendor.defaultKbps()));
    }

    @Produces
    CreateSagInstance createSagInstance() {
        return new CreateSagInstance(instances, defaultPolicy(settings), clock, random);
    }

    @Produces
    ListSagInstances listSagInstances() {
        return new ListSagInstances(instances, users);
    }

    @Produces
    GetSagInstance getSagInstance() {
        return new GetSagInstance(instances, users);
    }

    @Produces
    SetSagInstanceCidr setSagInstanceCidr() {
        return new SetSagInstanceCidr(instances, users);
    }

    @Produces
    RaiseSagUserCount raiseSagUserCount() {
        return new RaiseSagUserCount(instances, users);
    }

    @Produces
    SetSagStaticIpMode setSagStaticIpMode() {
        return new SetSagStaticIpMode(instances, users);
    }

    @Produces
    SetSagBandwidthPolicy setSagBandwidthPolicy() {
        return new SetSagBandwidthPolicy(instances, users);
    }

    @Produces
    CreateClientUser createClientUser() {
        return new CreateClientUser(instances, users, clientIps, hasher, clock, random);
    }

    @Produces
    ListClientUsers listClientUsers() {
        return new ListClientUsers(instances, users);
    }

    @Produces
    ModifyClientUser modifyClientUser() {
        return new ModifyClientUser(instances, users);
    }

    @Produces
    ResetClientUserPassword resetClientUserPassword() {
        return new ResetClientUserPassword(instances, users, hasher, random);
    }

    @Produces
    DeleteClientUser deleteClientUser() {
        return new DeleteClientUser(instances, users, clientIps);
    }

    @Produces
    DeleteSagInstance deleteSagInstance() {
        return new DeleteSagInstance(instances, users);
    }

    @Produces
    EnableClientUser enableClientUser() {
        return new EnableClientUser(instances, users);
    }

    @Produces
    DisableClientUser disableClientUser() {
        return new DisableClientUser(instances, users);
    }
}
