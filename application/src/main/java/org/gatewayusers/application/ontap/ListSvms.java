package org.gatewayusers.application.ontap;

import java.util.Optional;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists the data SVMs, all or the one of a name, or reads one by UUID; the admin SVM is the cluster's own and not listed, as in ONTAP. */
public final class ListSvms {

    private final Svms svms;

    public ListSvms(Svms svms) {
        this.svms = svms;
    }

    /** The page of data SVMs a query asks for: at most {@code query.limit()}, after its position, in its order. */
    public RecordPage<SvmView> page(RecordQuery<SvmField> query) {
        return RecordPage.ofOneMore(svms.find(query.withLimit(query.limit() + 1)).stream().map(SvmView::of).toList(),
                query.limit());
    }

    /** How many data SVMs match the query's filters (its position and limit aside). */
    public long count(RecordQuery<SvmField> query) {
        return svms.count(query);
    }

    /** The data SVM of a name. */
    public Optional<SvmView> named(String name) {
        return svms.named(name).map(SvmView::of).filter(SvmView::data);
    }

    public Optional<SvmView> withUuid(String uuid) {
        return SvmUuid.parse(uuid).flatMap(svms::withUuid).map(SvmView::of).filter(SvmView::data);
    }
}
