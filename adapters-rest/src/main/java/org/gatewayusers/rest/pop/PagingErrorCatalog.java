package org.gatewayusers.rest.pop;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
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

    @Override
    public Optional<String> parameter(Rejection rejection) {
        return ((PagingRejection) rejection).subject().map(PagingErrorCatalog::parameter);
    }

    public static PopError of(PagingRejection.Reason reason) {
        return switch (reason) {
            case PAGE_NUMBER_INVALID -> PopErrors.invalidParameter(parameter(PagingRejection.Subject.PAGE_NUMBER),
                    "an integer from " + PagingRules.FIRST_PAGE + " on is expected.");
            case PAGE_SIZE_INVALID -> PopErrors.invalidParameter(parameter(PagingRejection.Subject.PAGE_SIZE),
                    "an integer from " + PagingRules.MIN_PAGE_SIZE + " to " + PagingRules.MAX_PAGE_SIZE
                            + " is expected.");
        };
    }

    /** The parameter that asks for the page or its size. */
    public static String parameter(PagingRejection.Subject subject) {
        return switch (subject) {
            case PAGE_NUMBER -> PopPaging.PAGE_NUMBER.name();
            case PAGE_SIZE -> PopPaging.PAGE_SIZE.name();
        };
    }
}
