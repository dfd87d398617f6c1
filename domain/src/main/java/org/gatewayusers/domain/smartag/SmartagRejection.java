package org.gatewayusers.domain.smartag;

import java.util.Optional;
import org.gatewayusers.domain.shared.Rejection;

/**
 * Why the Smart Access Gateway context refuses a request, and what about; the RPC edge chooses the vendor code for
 * each reason and names each subject as its request parameter.
 */
public final class SmartagRejection extends Rejection {

    public enum Reason {
        /** No {@code SmartAGId}, or an empty one. */
        INSTANCE_ID_EMPTY,
        /** No app instance of that id (an id of the wrong form names none). */
        INSTANCE_NOT_FOUND,
        /** The {@code RegionId} of the request is not the region of the instance (or is missing). */
        REGION_MISMATCH,
        /** A region id of the wrong form where one is created or filtered on. */
        REGION_INVALID,
        /** The instance has no private client CIDR block yet: it can hold no client user. */
        CIDR_EMPTY,
        /** A CIDR block of the wrong form, not private, or too small to hold a client. */
        CIDR_INVALID,
        /** The client CIDR block of an instance that holds client users cannot change. */
        CIDR_IN_USE,
        /** A client-account quota outside 1 to 2,000. */
        USER_COUNT_INVALID,
        /** A new client-account quota that is not above the current one. */
        USER_COUNT_NOT_RAISED,
        /** A bandwidth policy whose minimum, default and maximum are not in order within 1 to 20,000 Kbps. */
        BANDWIDTH_POLICY_INVALID,
        /** No user name where one is needed. */
        NAME_EMPTY,
        /** A user name that breaks the naming rules. */
        NAME_INVALID,
        /** A password that breaks the password rules. */
        PASSWORD_INVALID,
        /** A user name without its password: the two go together. */
        NAME_WITHOUT_PASSWORD,
        /** A password without its user name: the two go together. */
        PASSWORD_WITHOUT_NAME,
        /** No {@code UserMail}, or an empty one. */
        EMAIL_EMPTY,
        /** A {@code UserMail} that is not a mail address. */
        EMAIL_INVALID,
        /** A bandwidth outside the range of the instance's bandwidth policy. */
        BANDWIDTH_INVALID,
        /** The instance is in static-IP mode and no {@code ClientIp} was given. */
        IP_EMPTY,
        /** A {@code ClientIp} that is not a private IPv4 address. */
        IP_INVALID,
        /** A {@code ClientIp} outside the instance's client addresses (or its network, gateway or broadcast address). */
        CLIENT_IP_OUTSIDE_BLOCK,
        /** A {@code ClientIp} that another client user of the instance holds. */
        CLIENT_IP_TAKEN,
        /** Every client address of the instance's CIDR block is taken. */
        NO_FREE_CLIENT_IP,
        /** A user of that name exists on the instance already. */
        USER_EXISTS,
        /** The instance holds as many client users as its quota allows. */
        USER_OVER_LIMIT,
        /** No client user of that name on the instance. */
        USER_NOT_FOUND,
        /** An instance that still holds client users cannot be deleted: they are deleted first. */
        INSTANCE_HAS_CLIENT_USERS
    }

    /** What a Smart Access Gateway rejection is about; the smartag catalog names each as its request parameter. */
    public enum Subject {
        /** The region that the request names. */
        REGION,
        /** The app instance. */
        INSTANCE,
        /** The client-account quota of an instance. */
        USER_COUNT,
        /** The private CIDR block that an instance's clients get their addresses from. */
        CIDR_BLOCK,
        MIN_BANDWIDTH,
        MAX_BANDWIDTH,
        DEFAULT_BANDWIDTH,
        USER_NAME,
        PASSWORD,
        USER_MAIL,
        BANDWIDTH,
        CLIENT_IP
    }

    private final Reason reason;
    private final Subject subject;

    public SmartagRejection(Reason reason, Subject subject) {
        this(reason, subject, null);
    }

    public SmartagRejection(Reason reason, Subject subject, String detail) {
        super(reason, nameOf(subject), detail);
        this.reason = reason;
        this.subject = subject;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** What the rejection is about, when it is about one thing. */
    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }
}
