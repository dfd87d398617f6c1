package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_NOT_RAISED;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The client-account quota of an app instance ({@code UserCount}): 1 to 2,000 accounts. A create past it is
 * ClientUser.UserOverLimit; the quota is raised (UpgradeSmartAccessGatewaySoftware), never lowered here.
 */
public record SagUserLimit(int value) {

    public static final int MIN = 1;
    public static final int MAX = 2_000;

    public SagUserLimit {
        if (value < MIN || value > MAX) {
            throw new SmartagRejection(USER_COUNT_INVALID, Subject.USER_COUNT);
        }
    }

    /** A quota as a client wrote it; none is {@code USER_COUNT_INVALID}. */
    public static SagUserLimit parse(Integer raw) {
        if (raw == null) {
            throw new SmartagRejection(USER_COUNT_INVALID, Subject.USER_COUNT);
        }
        return new SagUserLimit(raw);
    }

    /** Whether an instance holding {@code users} client users may get one more. */
    public boolean allowsAnother(long users) {
        return users < value;
    }

    /** A new quota must be above this one. */
    public void requireRaisedBy(SagUserLimit next) {
        if (next.value <= value) {
            throw new SmartagRejection(USER_COUNT_NOT_RAISED, Subject.USER_COUNT);
        }
    }
}
