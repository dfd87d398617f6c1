package org.gatewayusers.rest.ontap.json;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** Bean Validation of a request's shape at the edge; a violation answers through the ONTAP catalog. */
public final class RequestShape {

    private RequestShape() {
    }

    public static <T> T checked(Validator validator, T request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
