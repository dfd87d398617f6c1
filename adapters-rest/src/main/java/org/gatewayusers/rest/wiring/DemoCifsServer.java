package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.gatewayusers.application.ontap.CreateCifsServer;
import org.gatewayusers.application.ontap.ListSvms;
import org.gatewayusers.application.shared.DemoDataLoaded;
import org.gatewayusers.domain.ontap.SvmSelector;

/**
 * Gives the demo SVM {@code svm1} (a row of the demo scripts) its CIFS server through the use case,
 * so the demo has what any CIFS server brings: Administrator and the BUILTIN groups.
 */
@ApplicationScoped
public class DemoCifsServer {

    static final String DEMO_SVM = "svm1";
    static final String DEMO_CIFS_SERVER = "SMB_SERVER01";
    private static final Logger LOG = Logger.getLogger(DemoCifsServer.class.getName());

    @Inject
    ListSvms listSvms;

    @Inject
    CreateCifsServer createCifsServer;

    @Transactional
    void onDemoData(@Observes DemoDataLoaded loaded) {
        boolean withoutServer = listSvms.list(Optional.of(DEMO_SVM)).stream().anyMatch(svm -> svm.cifsServer() == null);
        if (withoutServer) {
            createCifsServer.create(SvmSelector.byName(DEMO_SVM), DEMO_CIFS_SERVER);
            LOG.info(() -> "demo SVM " + DEMO_SVM + " runs CIFS server " + DEMO_CIFS_SERVER);
        }
    }
}
