package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.gatewayusers.application.ontap.CreateCifsServer;
import org.gatewayusers.application.ontap.CreateLocalUser;
import org.gatewayusers.application.ontap.CreateSvm;
import org.gatewayusers.application.ontap.GetLocalUser;
import org.gatewayusers.application.ontap.ListSvms;
import org.gatewayusers.application.ontap.LocalUsers;
import org.gatewayusers.application.ontap.Rids;
import org.gatewayusers.application.ontap.Svms;
import org.gatewayusers.application.shared.CredentialHasher;

/**
 * Composition root of the ONTAP context: builds the use cases from the output ports that the
 * persistence adapter provides, found by interface type.
 */
@ApplicationScoped
public class OntapUseCases {

    private final SecureRandom random = new SecureRandom();

    @Inject
    Svms svms;

    @Inject
    LocalUsers localUsers;

    @Inject
    Rids rids;

    @Inject
    CredentialHasher hasher;

    @Produces
    CreateLocalUser createLocalUser() {
        return new CreateLocalUser(svms, localUsers, rids, hasher);
    }

    @Produces
    GetLocalUser getLocalUser() {
        return new GetLocalUser(svms, localUsers);
    }

    @Produces
    CreateSvm createSvm() {
        return new CreateSvm(svms, random);
    }

    @Produces
    ListSvms listSvms() {
        return new ListSvms(svms);
    }

    @Produces
    CreateCifsServer createCifsServer() {
        return new CreateCifsServer(svms);
    }
}
