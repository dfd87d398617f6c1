package org.gatewayusers.rest.operations;

import java.util.Locale;
import org.gatewayusers.rest.ontap.OntapPaths;

/** Which wire protocol a request speaks, decided by the same path rule the dialects' filters use. */
enum Dialect {
    ONTAP, RPC;

    static Dialect of(String path) {
        return OntapPaths.isRpcRoot(path) ? RPC : ONTAP;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
