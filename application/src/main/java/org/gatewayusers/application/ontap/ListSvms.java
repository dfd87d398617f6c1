package org.gatewayusers.application.ontap;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists the data SVMs, all or the one of a name, or reads one by UUID; the admin SVM is the cluster's own and not listed, as in ONTAP. */
public final class ListSvms {

    private final Svms svms;

    public ListSvms(Svms svms) {
        this.svms = svms;
    }

    public List<SvmView> list(Optional<String> name) {
        return name.map(n -> svms.named(n).stream().toList()).orElseGet(svms::all).stream()
                .map(SvmView::of)
                .filter(SvmView::data)
                .sorted(Comparator.comparing(SvmView::name))
                .toList();
    }

    public Optional<SvmView> withUuid(String uuid) {
        return SvmUuid.parse(uuid).flatMap(svms::withUuid).map(SvmView::of).filter(SvmView::data);
    }
}
