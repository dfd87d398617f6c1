package org.gatewayusers.rest.pop.sgw;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.shared.Rejection;
import org.gatewayusers.rest.pop.PopError;
import org.gatewayusers.rest.pop.PopRejectionCatalog;

/**
 * The Cloud Storage Gateway error table: the vendor page's codes for its reasons, vendor-style codes
 * for the rest, and hcs-sgw's parameter for what a rejection is about. Nothing else chooses an hcs-sgw code.
 */
@ApplicationScoped
public class SgwErrorCatalog implements PopRejectionCatalog {

    @Override
    public Class<? extends Rejection> rejectionType() {
        return SgwRejection.class;
    }

    @Override
    public PopError of(Rejection rejection) {
        return of(((SgwRejection) rejection).reason());
    }

    @Override
    public Optional<String> parameter(Rejection rejection) {
        return ((SgwRejection) rejection).subject().map(SgwErrorCatalog::parameter);
    }

    /** The hcs-sgw request parameter that holds what a rejection is about. */
    public static String parameter(SgwRejection.Subject subject) {
        return switch (subject) {
            case SMB_USER_NAME, AD_USER_NAME -> "Username";
            case SMB_PASSWORD, DIRECTORY_PASSWORD -> "Password";
            case GATEWAY -> "GatewayId";
            case GATEWAY_NAME -> "Name";
            case GATEWAY_TYPE -> "Type";
            case GATEWAY_LOCATION -> "Location";
            case GATEWAY_CLASS -> "GatewayClass";
            case PUBLIC_NETWORK_BANDWIDTH -> "PublicNetworkBandwidth";
            case VSWITCH -> "VSwitchId";
            case DESCRIPTION -> "Description";
            case STORAGE_BUNDLE -> "StorageBundleId";
            case STORAGE_BUNDLE_NAME -> "StorageBundleName";
            case BACKEND_BUCKET_REGION -> "BackendBucketRegionId";
            case DIRECTORY_ENABLED -> "IsEnabled";
            case DIRECTORY_SERVER_IP -> "ServerIp";
            case AD_DOMAIN_NAME -> "DomainName";
            case LDAP_BASE_DN -> "BaseDN";
            case LDAP_ROOT_DN -> "RootDN";
            case TASK_TARGET -> "TargetId";
            case TASK -> "TaskId";
        };
    }

    public static PopError of(SgwRejection.Reason reason) {
        return switch (reason) {
            case EMPTY_USERNAME -> new PopError(400, "EmptySMBUserName", "You must enter a valid SMB username.");
            case INVALID_USERNAME -> new PopError(400, "InvalidSMBUserName", "You must enter a valid SMB username.");
            case EMPTY_PASSWORD -> new PopError(400, "EmptySMBPassword", "You must enter a valid SMB password.");
            case INVALID_PASSWORD -> new PopError(400, "InvalidSMBPassword", "The specified SMB password is invalid. You must enter a valid password.");
            case GATEWAY_NOT_FOUND -> new PopError(400, "GatewayNotExist", "The specified gateway does not exist. You must specify a valid parameter.");
            case STORAGE_BUNDLE_NOT_FOUND -> new PopError(404, "StorageBundleNotExist", "The name you specified for the gateway cluster does not exist. You must specify a valid parameter.");
            case GATEWAY_LINKED_TO_DIRECTORY -> new PopError(400, "CouldNotCreateSMBUser", "The gateway has linked an AD or LDAP service. You cannot create an SMB user on the gateway. We recommend that you create an SMB user in the AD or LDAP service.");
            case GATEWAY_IN_OPERATION -> new PopError(400, "GatewayInOperation", "The gateway is processing requests . Try again later.");
            case USER_EXISTS -> new PopError(400, "SMBUserAlreadyExist", "The specified SMB user already exists on the gateway.");
            case USER_NOT_FOUND -> new PopError(400, "SMBUserNotExist", "The specified SMB user does not exist on the gateway.");
            case TASK_NOT_FOUND -> new PopError(400, "TaskNotExist", "The specified task does not exist.");
            case STORAGE_BUNDLE_NAME_INVALID -> new PopError(400, "InvalidStorageBundleName", "The specified storage bundle name is invalid: 1 to 60 characters, a letter first, then letters, digits, '_', '-' or '.'.");
            case STORAGE_BUNDLE_NAME_EXISTS -> new PopError(400, "StorageBundleNameAlreadyExist", "A storage bundle of the specified name already exists.");
            case GATEWAY_NAME_INVALID -> new PopError(400, "InvalidGatewayName", "The specified gateway name is invalid: 1 to 60 characters, a letter first, then letters, digits, '_', '-' or '.'.");
            case GATEWAY_NAME_EXISTS -> new PopError(400, "GatewayNameAlreadyExist", "A gateway of the specified name already exists in the storage bundle.");
            case DESCRIPTION_TOO_LONG -> new PopError(400, "InvalidDescription", "The description must not exceed 255 characters.");
            case REGION_INVALID -> new PopError(400, "InvalidRegionId", "The specified region is invalid.");
            case GATEWAY_TYPE_INVALID -> new PopError(400, "InvalidGatewayType", "The gateway type must be File or Iscsi.");
            case GATEWAY_LOCATION_INVALID -> new PopError(400, "InvalidGatewayLocation", "The gateway location must be Cloud or On_Premise.");
            case STORAGE_BUNDLE_NOT_EMPTY -> new PopError(400, "StorageBundleNotEmpty", "The storage bundle still holds gateways. Delete them first.");
            case GATEWAY_TYPE_HOLDS_NO_SMB_USERS -> new PopError(400, "GatewayTypeNotSupported", "Only file gateways hold SMB users.");
            case GATEWAY_TYPE_HAS_NO_DIRECTORY -> new PopError(400, "GatewayTypeNotSupported", "Only file gateways join an AD or LDAP service.");
            case OTHER_DIRECTORY_LINKED -> new PopError(400, "DirectoryServiceConflict", "The gateway is joined to the other directory service. Unlink it first.");
            case DIRECTORY_SETTING_MISSING -> new PopError(400, "MissingParameter", "A setting that the directory service needs is not supplied.");
            case DIRECTORY_SETTING_INVALID -> new PopError(400, "InvalidParameter", "A setting of the directory service is not valid.");
            case GATEWAY_CLASS_INVALID -> new PopError(400, "InvalidGatewayClass", "The gateway class must be Basic, Standard, Enhanced or Advanced.");
            case PUBLIC_NETWORK_BANDWIDTH_INVALID -> new PopError(400, "InvalidPublicNetworkBandwidth", "The public network bandwidth must be from 5 to 200 Mbit/s.");
            case VSWITCH_ID_INVALID -> new PopError(400, "InvalidVSwitchId", "The specified vSwitch ID is invalid.");
            // DeployGateway's page: EmptyGatewayId, GatewayNotExist, BadRequest
            case GATEWAY_ID_EMPTY -> new PopError(400, "EmptyGatewayId", "You must enter a valid ID for the gateway.");
            case GATEWAY_NOT_DEPLOYABLE -> new PopError(400, "BadRequest", "Invalid request. Only a pay-as-you-go file gateway in the cloud is deployed.");
            case GATEWAY_ALREADY_DEPLOYED -> new PopError(400, "BadRequest", "Invalid request. The gateway is not in the Initialized state: it is deployed already.");
            case GATEWAY_CLASS_NOT_CHANGEABLE -> new PopError(400, "BadRequest", "Invalid request. Only a gateway in the cloud changes its class.");
            case GATEWAY_CLASS_NOT_RAISED -> new PopError(400, "InvalidGatewayClass", "A gateway class can only be raised: Basic, Standard, Enhanced, Advanced.");
            case GATEWAY_NOT_DEPLOYED -> new PopError(400, "GatewayNotDeployed", "The gateway is not deployed yet. Call DeployGateway first.");
        };
    }
}
