package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.application.access.AccessKeys;
import org.gatewayusers.application.access.FindAccessKey;
import org.gatewayusers.application.access.GuardAgainstReplay;
import org.gatewayusers.application.access.SignatureNonces;
import org.gatewayusers.domain.access.ReplayWindow;

/** Composition root of access to the RPC endpoint: access keys and the replay guard (15 minutes either way). */
@ApplicationScoped
public class AccessUseCases {

    @Inject
    AccessKeys keys;

    @Inject
    SignatureNonces nonces;

    @Produces
    FindAccessKey findAccessKey() {
        return new FindAccessKey(keys);
    }

    @Produces
    GuardAgainstReplay guardAgainstReplay() {
        return new GuardAgainstReplay(nonces, Clock.system(), ReplayWindow.FIFTEEN_MINUTES);
    }
}
