package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_FOUND;

import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleId;

/** Finds what a request's ids name, each kind with its own "not found"; an id of the wrong form names nothing. */
final class SgwLookups {

    private SgwLookups() {
    }

    static StorageBundle storageBundle(StorageBundles bundles, String rawId) {
        return StorageBundleId.parse(rawId).flatMap(bundles::withId)
                .orElseThrow(() -> new SgwRejection(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE));
    }

    static GatewayId gatewayId(String rawId, Subject subject) {
        return GatewayId.parse(rawId).orElseThrow(() -> new SgwRejection(GATEWAY_NOT_FOUND, subject));
    }

    static Gateway gateway(Gateways gateways, String rawId) {
        return gateways.withId(gatewayId(rawId, Subject.GATEWAY))
                .orElseThrow(() -> new SgwRejection(GATEWAY_NOT_FOUND, Subject.GATEWAY));
    }
}
