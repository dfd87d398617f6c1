package org.gatewayusers.application.ontap;

import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;

/** Lists the CIFS servers: one record per data SVM that runs one, read a page at a time. */
public final class ListCifsServices {

    private final Svms svms;

    public ListCifsServices(Svms svms) {
        this.svms = svms;
    }

    /** The page of SVMs with a CIFS server that a query asks for, in its order, after its position. */
    public RecordPage<SvmView> page(RecordQuery<CifsServiceField> query) {
        return RecordPage.ofOneMore(svms.findWithCifsServer(query.withLimit(query.limit() + 1)).stream()
                .map(SvmView::of).toList(), query.limit());
    }

    /** How many SVMs with a CIFS server match the query's filters (its position and limit aside). */
    public long count(RecordQuery<CifsServiceField> query) {
        return svms.countWithCifsServer(query);
    }
}
