package org.gatewayusers.application.ontap;

import java.util.HashMap;
import java.util.Map;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Relative identifiers counted per SVM, from 1000 upwards. */
public final class InMemoryRids implements Rids {

    private final Map<SvmUuid, Long> next = new HashMap<>();

    @Override
    public Rid next(SvmUuid svm) {
        long value = next.getOrDefault(svm, Rid.FIRST_LOCAL_ACCOUNT.value());
        next.put(svm, value + 1);
        return new Rid(value);
    }
}
