package org.gatewayusers.rest.pop;

import jakarta.enterprise.context.ApplicationScoped;
import org.gatewayusers.domain.shared.PagingRejection;
import org.gatewayusers.domain.shared.PagingRules;
import org.gatewayusers.domain.shared.Rejection;

/**
 * The error table of the paging rule that every RPC product shares: a page that cannot be asked for is the
 * protocol's {@code InvalidParameter}, naming the parameter at fault. Nothing else chooses a code for it.
 */
@ApplicationScoped
public class PagingErrorCatalog implements PopRejectionCatalog {

    @Override
    public Class<? extends Rejection> rejectionType() {
        return PagingRejection.class;
    }

    @Override
    public PopError of(Rejection rejection) {
        return of(((PagingRejection) rejection).reason());
    }

    public static PopError of(PagingRejection.Reason reason) {
        return switch (reason) {
            case PAGE_NUMBER_INVALID -> PopErrors.invalidParameter(PagingRules.PAGE_NUMBER_FIELD,
                    "an integer from " + PagingRules.FIRST_PAGE + " on is expected.");
            case PAGE_SIZE_INVALID -> PopErrors.invalidParameter(PagingRules.PAGE_SIZE_FIELD,
                    "an integer from " + PagingRules.MIN_PAGE_SIZE + " to " + PagingRules.MAX_PAGE_SIZE
                            + " is expected.");
        };
    }
}
