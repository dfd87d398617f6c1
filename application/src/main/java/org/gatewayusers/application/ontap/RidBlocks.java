package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The RID counter of each SVM in the store that every server shares, advanced a block at a time.
 */
public interface RidBlocks {

    /**
     * Reserves the next {@code count} RIDs of the SVM for the caller alone, at once and for good: no server is given
     * any of them again, whether or not the caller's own transaction commits, and after any crash. Meant to run in a
     * transaction of its own that ends at once, so that the SVM is held only for that moment.
     *
     * @return the first of the {@code count} consecutive RIDs reserved
     * @throws IllegalStateException when the SVM does not exist
     */
    Rid reserve(SvmUuid svm, int count);
}
