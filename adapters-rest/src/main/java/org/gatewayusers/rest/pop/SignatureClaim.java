package org.gatewayusers.rest.pop;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.gatewayusers.domain.access.AccessKeySecret;

/**
 * What a signed request claims: the access key that signed it, when, with which nonce, and the check of its signature
 * against that key's secret (empty when it matches, else the error to answer). The secret is only ever used there.
 */
public record SignatureClaim(String accessKeyId, Instant signedAt, String nonce,
        Function<AccessKeySecret, Optional<PopError>> mismatch) {
}
