package org.gatewayusers.domain.sgw;

import java.util.Optional;
import org.gatewayusers.domain.shared.Rejection;

/**
 * Why the Cloud Storage Gateway context refuses a request, and what about; the RPC edge chooses the vendor code for
 * each reason and names each subject as its request parameter.
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
        DIRECTORY_SETTING_INVALID,
        /** A gateway class other than Basic, Standard, Enhanced, Advanced. */
        GATEWAY_CLASS_INVALID,
        /** A public network bandwidth outside 5 to 200 Mbit/s. */
        PUBLIC_NETWORK_BANDWIDTH_INVALID,
        /** A vSwitch id that names no vSwitch (longer than any). */
        VSWITCH_ID_INVALID,
        /** No gateway id, or an empty one, where the vendor's page has its own code for it. */
        GATEWAY_ID_EMPTY,
        /** Only a pay-as-you-go file gateway in the cloud is deployed. */
        GATEWAY_NOT_DEPLOYABLE,
        /** The gateway is no longer {@code Initialized}: it has been deployed. */
        GATEWAY_ALREADY_DEPLOYED,
        /** The gateway waits to be deployed: it takes no users or directory until it runs. */
        GATEWAY_NOT_DEPLOYED,
        /** Only a gateway in the cloud changes its class. */
        GATEWAY_CLASS_NOT_CHANGEABLE,
        /** A gateway's class is only ever raised, never lowered or kept. */
        GATEWAY_CLASS_NOT_RAISED
    }

    /** What a Cloud Storage Gateway rejection is about; the hcs-sgw catalog names each as its request parameter. */
    public enum Subject {
        SMB_USER_NAME,
        SMB_PASSWORD,
        GATEWAY,
        GATEWAY_NAME,
        GATEWAY_TYPE,
        GATEWAY_LOCATION,
        GATEWAY_CLASS,
        PUBLIC_NETWORK_BANDWIDTH,
        VSWITCH,
        DESCRIPTION,
        STORAGE_BUNDLE,
        STORAGE_BUNDLE_NAME,
        /** The region of a storage bundle's backend bucket. */
        BACKEND_BUCKET_REGION,
        /** Whether a request enables or disables a gateway's AD or LDAP link. */
        DIRECTORY_ENABLED,
        /** The address of the AD or LDAP server. */
        DIRECTORY_SERVER_IP,
        /** The password that the gateway binds to the AD or LDAP server with. */
        DIRECTORY_PASSWORD,
        AD_DOMAIN_NAME,
        /** The user that the gateway joins the AD domain as. */
        AD_USER_NAME,
        LDAP_BASE_DN,
        LDAP_ROOT_DN,
        /** The gateway (or other resource) whose tasks a request lists. */
        TASK_TARGET,
        TASK
    }

    private final Reason reason;
    private final Subject subject;

    public SgwRejection(Reason reason, Subject subject) {
        this(reason, subject, null);
    }

    public SgwRejection(Reason reason, Subject subject, String detail) {
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
