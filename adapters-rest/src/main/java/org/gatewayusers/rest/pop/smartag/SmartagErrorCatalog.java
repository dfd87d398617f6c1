package org.gatewayusers.rest.pop.smartag;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.gatewayusers.domain.shared.Rejection;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.rest.pop.PopError;
import org.gatewayusers.rest.pop.PopRejectionCatalog;

/**
 * The Smart Access Gateway error table: both vendor pages' codes, vendor-style codes for the rest, and smartag's
 * parameter for what a rejection is about.
 */
@ApplicationScoped
public class SmartagErrorCatalog implements PopRejectionCatalog {

    @Override
    public Class<? extends Rejection> rejectionType() {
        return SmartagRejection.class;
    }

    @Override
    public PopError of(Rejection rejection) {
        return of(((SmartagRejection) rejection).reason());
    }

    @Override
    public Optional<String> parameter(Rejection rejection) {
        return ((SmartagRejection) rejection).subject().map(SmartagErrorCatalog::parameter);
    }

    /** The smartag request parameter that holds what a rejection is about. */
    public static String parameter(SmartagRejection.Subject subject) {
        return switch (subject) {
            case REGION -> SmartagAction.REGION.name();
            case INSTANCE -> SmartagAction.INSTANCE.name();
            case USER_COUNT -> "UserCount";
            case CIDR_BLOCK -> "CidrBlock";
            case MIN_BANDWIDTH -> "MinBandwidth";
            case MAX_BANDWIDTH -> "MaxBandwidth";
            case DEFAULT_BANDWIDTH -> "DefaultBandwidth";
            case USER_NAME -> "UserName";
            case PASSWORD -> "Password";
            case USER_MAIL -> "UserMail";
            case BANDWIDTH -> "Bandwidth";
            case CLIENT_IP -> "ClientIp";
        };
    }

    public static PopError of(SmartagRejection.Reason reason) {
        return switch (reason) {
            case INSTANCE_ID_EMPTY -> new PopError(400, "SAG.InstanceIdEmpty", "You must specify SmartAGId.");
            case INSTANCE_NOT_FOUND -> new PopError(400, "SAG.InstanceNoFound", "The specified SmartAGId does not exist.");
            case REGION_MISMATCH -> new PopError(400, "SAG.RegionIdMismatch", "The specified RegionId is not the region of the instance.");
            case REGION_INVALID -> new PopError(400, "InvalidRegionId", "The specified RegionId is invalid.");
            case CIDR_EMPTY -> new PopError(400, "SAG.CidrEmpty", "You must specify the CIDR blocks of SAG.");
            case CIDR_INVALID -> new PopError(400, "SAG.CidrInvalid", "The specified CIDR block is not a private IPv4 block.");
            case CIDR_IN_USE -> new PopError(400, "SAG.CidrInUse", "The CIDR block of an instance with client users cannot change.");
            case USER_COUNT_INVALID -> new PopError(400, "SAG.InvalidUserCount", "UserCount must be from 1 to 2000.");
            case USER_COUNT_NOT_RAISED -> new PopError(400, "SAG.InvalidUserCount", "UserCount can only be raised.");
            case BANDWIDTH_POLICY_INVALID -> new PopError(400, "SAG.BandwidthPolicyInvalid", "The bandwidth range and default must lie within 1 to 20000 Kbps, the default inside the range.");
            case NAME_EMPTY, PASSWORD_WITHOUT_NAME -> new PopError(400, "ClientUser.NameEmpty", "You must specify UserName.");
            case NAME_INVALID -> new PopError(400, "ClientUser.NameInvalid", "The specified UserName is invalid.");
            case PASSWORD_INVALID -> new PopError(400, "ClientUser.PasswordInvalid", "The specified password format is invalid.");
            case NAME_WITHOUT_PASSWORD -> new PopError(400, "ClientUser.PasswordInvalid", "The specified password format is invalid: a Password must come with the UserName.");
            case EMAIL_EMPTY -> new PopError(400, "ClientUser.EmailEmpty", "You must specify UserEmail.");
            case EMAIL_INVALID -> new PopError(400, "ClientUser.EmailInvalid", "The format of the specified UserEmail is invalid.");
            case BANDWIDTH_INVALID -> new PopError(400, "ClientUser.BandwidthInvalid", "The specified Bandwidth is invalid.");
            case IP_EMPTY -> new PopError(400, "ClientUser.IpEmpty", "You must specify ClientIp.");
            case IP_INVALID -> new PopError(400, "ClientUser.IpInvalid", "The specified ClientIp is invalid.");
            case CLIENT_IP_OUTSIDE_BLOCK, CLIENT_IP_TAKEN -> new PopError(400, "ClientUser.InvalidClientIp", "The specified ClientIp is invalid.");
            case NO_FREE_CLIENT_IP -> new PopError(400, "ClientUser.IpExhausted", "The CIDR block of the instance has no free client address.");
            case USER_EXISTS -> new PopError(400, "ClientUser.UserExist", "The specified user already exists.");
            case USER_OVER_LIMIT -> new PopError(400, "ClientUser.UserOverLimit", "The maximum number of users is exceeded.");
            case USER_NOT_FOUND -> new PopError(400, "ClientUser.UserNotExist", "The specified user does not exist.");
            case INSTANCE_HAS_CLIENT_USERS -> new PopError(400, "SAG.InstanceInUse", "The specified SAG instance still has client users: delete them first.");
        };
    }
}
