package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/** The shared RID counters of SVMs, from 1000 upwards, with the reservations made (thread-safe). */
public final class InMemoryRidBlocks implements RidBlocks {

    private final Map<SvmUuid, Long> next = new HashMap<>();
    private final List<SvmUuid> reservations = new ArrayList<>();

    /** An SVM the store knows, its counter at 1000. */
    public synchronized InMemoryRidBlocks with(SvmUuid svm) {
        next.putIfAbsent(svm, Rid.FIRST_LOCAL_ACCOUNT.value());
        return this;
    }

    @Override
    public synchronized Rid reserve(SvmUuid svm, int count) {
        Long first = next.get(svm);
        if (first == null) {
            throw new IllegalStateException("no SVM " + svm + " to reserve RIDs on");
        }
        next.put(svm, first + count);
        reservations.add(svm);
        return new Rid(first);
    }

    /** How many blocks were reserved on the SVM. */
    public synchronized long reservations(SvmUuid svm) {
        return reservations.stream().filter(svm::equals).count();
    }
}
