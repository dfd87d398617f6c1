package org.gatewayusers.rest.pop;

import org.gatewayusers.domain.shared.Rejection;

/**
 * A product's error table: its context's rejection reasons as vendor codes. One implementation per
 * context; the endpoint picks it by the rejection's type.
 */
public interface PopRejectionCatalog {

    Class<? extends Rejection> rejectionType();

    PopError of(Rejection rejection);
}
