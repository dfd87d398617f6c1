package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_POLICY_INVALID;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The {@code Bandwidth} rules of an app instance, a setting of the instance: "带宽峰值。单位:Kbps。取值范围:1 Kbps~20000
 * Kbps。默认值:2000 Kbps" (the Chinese page, which wins: optional, 1 to 20,000, default 2,000). An operator may narrow
 * the range, for instance to the English page's 2,000 Kbps ceiling ({@link #ENGLISH_PAGE}), within the vendor's range.
 */
public record BandwidthPolicy(int minKbps, int maxKbps, int defaultKbps) {

    public static final int VENDOR_MIN_KBPS = 1;
    public static final int VENDOR_MAX_KBPS = 20_000;
    public static final int VENDOR_DEFAULT_KBPS = 2_000;

    /** What the Chinese page says: 1 to 20,000 Kbps, 2,000 by default. */
    public static final BandwidthPolicy VENDOR = new BandwidthPolicy(VENDOR_MIN_KBPS, VENDOR_MAX_KBPS,
            VENDOR_DEFAULT_KBPS);
    /** The English page's ceiling: at most 2,000 Kbps, 2,000 by default. */
    public static final BandwidthPolicy ENGLISH_PAGE = new BandwidthPolicy(VENDOR_MIN_KBPS, 2_000, 2_000);

    public BandwidthPolicy {
        if (minKbps < VENDOR_MIN_KBPS || minKbps > maxKbps) {
            throw new SmartagRejection(BANDWIDTH_POLICY_INVALID, Subject.MIN_BANDWIDTH);
        }
        if (maxKbps > VENDOR_MAX_KBPS) {
            throw new SmartagRejection(BANDWIDTH_POLICY_INVALID, Subject.MAX_BANDWIDTH);
        }
        if (defaultKbps < minKbps || defaultKbps > maxKbps) {
            throw new SmartagRejection(BANDWIDTH_POLICY_INVALID, Subject.DEFAULT_BANDWIDTH);
        }
    }

    /** The bandwidth of a new client user: the default when none is asked for, else one within the range. */
    public Bandwidth resolve(Long requestedKbps) {
        return requestedKbps == null ? isOptionalWithADefault() : liesWithinTheRange(requestedKbps);
    }

    public Bandwidth isOptionalWithADefault() {
        return new Bandwidth(defaultKbps);
    }

    public Bandwidth liesWithinTheRange(long requestedKbps) {
        if (requestedKbps < minKbps || requestedKbps > maxKbps) {
            throw new SmartagRejection(BANDWIDTH_INVALID, Subject.BANDWIDTH);
        }
        return new Bandwidth((int) requestedKbps);
    }
}
