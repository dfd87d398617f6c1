package org.gatewayusers.application.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;

class InMemoryRidsTest {

    @Test
    void counts_from_1000_upwards_per_svm() {
        InMemoryRids rids = new InMemoryRids();
        SvmUuid svm1 = SvmUuid.random();
        SvmUuid svm2 = SvmUuid.random();

        assertEquals(new Rid(1000), rids.next(svm1));
        assertEquals(new Rid(1001), rids.next(svm1));
        assertEquals(new Rid(1000), rids.next(svm2));
        assertEquals(new Rid(1002), rids.next(svm1));
    }
}
