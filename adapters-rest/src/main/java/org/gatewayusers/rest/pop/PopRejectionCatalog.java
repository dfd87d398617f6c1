package org.gatewayusers.rest.pop;

import java.util.Optional;
import org.gatewayusers.domain.shared.Rejection;

/**
 * A product's error table: its context's rejection reasons as vendor codes, and what a rejection is about as the
 * product's request parameter. One implementation per context; the endpoint picks it by the rejection's type.
 */
public interface PopRejectionCatalog {

    Class<? extends Rejection> rejectionType();

    PopError of(Rejection rejection);

    /** The request parameter that the rejection is about, as the product names it; empty when it is about none. */
    default Optional<String> parameter(Rejection rejection) {
        return Optional.empty();
    }
}
