package org.gatewayusers.domain.sgw;

import org.gatewayusers.domain.shared.Rejection;

/**
 * Why the Cloud Storage Gateway context refuses a request. The field is the RPC parameter at fault
 * ({@code Username}, {@code GatewayId}, ...); the RPC edge chooses the vendor code for each reason.
 */
public final class SgwRejection extends Rejection {

    public enum Reason {
        /** No user name, or an empty one. */
        EMPTY_USERNAME,
        INVALID_USERNAME,
        EMPTY_PASSWORD,
        INVALID_PASSWORD,
        GATEWAY_NOT_FOUND,
        STORAGE_BUNDLE_NOT_FOUND,
        /** The gateway is joined to an AD or LDAP service: its users live there. */
        GATEWAY_LINKED_TO_DIRECTORY,
        /** The gateway is being deleted or relinked, or the same user has a task that has not finished. */
        GATEWAY_IN_OPERATION,
        USER_EXISTS,
        USER_NOT_FOUND,
        TASK_NOT_FOUND,
        STORAGE_BUNDLE_NAME_INVALID,
        STORAGE_BUNDLE_NAME_EXISTS,
        GATEWAY_NAME_INVALID,
        GATEWAY_NAME_EXISTS,
        DESCRIPTION_TOO_LONG,
        REGION_INVALID,
        GATEWAY_TYPE_INVALID,
        GATEWAY_LOCATION_INVALID,
        /** A storage bundle is deleted only once it holds no gateway. */
        STORAGE_BUNDLE_NOT_EMPTY,
        /** Only file gateways hold SMB users; an iSCSI gateway has none. */
        GATEWAY_TYPE_HOLDS_NO_SMB_USERS,
        /** Only file gateways join an AD or LDAP service. */
        GATEWAY_TYPE_HAS_NO_DIRECTORY,
        /** Enabling AD on a gateway joined to LDAP, or LDAP on one joined to AD. */
        OTHER_DIRECTORY_LINKED,
        /** A setting that enabling AD or LDAP needs is empty. */
        DIRECTORY_SETTING_MISSING,
        /** An AD or LDAP setting of the wrong form (server IP, domain name, DN). */
        DIRECTORY_SETTING_INVALID
    }

    private final Reason reason;

    public SgwRejection(Reason reason, String field) {
        this(reason, field, null);
    }

    public SgwRejection(Reason reason, String field, String detail) {
        super(reason, field, detail);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
