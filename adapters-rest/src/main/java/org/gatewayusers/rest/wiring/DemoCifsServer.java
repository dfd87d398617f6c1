package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.gatewayusers.application.ontap.CreateCifsServer;
import org.gatewayusers.application.ontap.ListSvms;
import org.gatewayusers.application.shared.ClusterLocks;
import org.gatewayusers.application.shared.DemoDataLoaded;
import org.gatewayusers.domain.ontap.SvmSelector;

/**
 * Gives the demo SVM {@code svm1} (a row of the demo scripts) its CIFS server through the use case,
 * so the demo has what any CIFS server brings: Administrator and the BUILTIN groups. Servers starting at once on one
 * database take turns under the cluster lock {@link ClusterLocks#DEMO_DATA}: the first creates it, the others find it.
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

    @Inject
    ClusterLocks locks;

    @InTransaction
    void onDemoData(@Observes DemoDataLoaded loaded) {
        locks.holdUntilCommit(ClusterLocks.DEMO_DATA);
        boolean withoutServer = listSvms.named(DEMO_SVM).filter(svm -> svm.cifsServer() == null).isPresent();
        if (withoutServer) {
            createCifsServer.create(SvmSelector.byName(DEMO_SVM), DEMO_CIFS_SERVER);
            LOG.info(() -> "demo SVM " + DEMO_SVM + " runs CIFS server " + DEMO_CIFS_SERVER);
        }
    }
}
