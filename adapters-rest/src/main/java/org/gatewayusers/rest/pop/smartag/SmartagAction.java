package org.gatewayusers.rest.pop.smartag;

import org.gatewayusers.application.smartag.ClientUserView;
import org.gatewayusers.application.smartag.SagInstanceView;
import org.gatewayusers.rest.pop.PopAction;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** An action of {@link SmartAccessGateway}, with the parameters and answers its actions share. */
abstract class SmartagAction implements PopAction {

    /** {@code RegionId}, which every smartag action names. */
    static final PopParameter REGION = PopParameter.required("RegionId");
    /** {@code SmartAGId}: the instance an action is about. */
    static final PopParameter INSTANCE = PopParameter.required("SmartAGId");

    static String region(PopRequest request) {
        return request.optional(REGION.name()).orElse(null);
    }

    /** {@code SmartAGId}: absent or empty is the use case's {@code SAG.InstanceIdEmpty}, not a protocol error. */
    static String instance(PopRequest request) {
        return request.optional(INSTANCE.name()).orElse(null);
    }

    static Integer optionalInteger(PopRequest request, String name, int min, int max) {
        return request.optionalInteger(name, min, max);
    }

    /** A client user as DescribeSmartAccessGatewayClientUsers shows one. */
    static PopResponse user(ClientUserView user) {
        return PopResponse.body()
                .with("UserName", user.userName())
                .with("UserMail", user.userMail())
                .with("Bandwidth", user.bandwidth())
                .with("ClientIp", user.clientIp())
                .with("State", user.state())
                .with("IsStaticIp", user.isStaticIp())
                .with("AccelerateBandwidth", user.accelerateBandwidth());
    }

    /** An app instance as DescribeSmartAccessGateways shows one, with this service's client settings. */
    static PopResponse instance(SagInstanceView instance) {
        return PopResponse.body()
                .with("SmartAGId", instance.smartAgId())
                .with("RegionId", instance.regionId())
                .with("CidrBlock", instance.cidrBlock() == null ? "" : instance.cidrBlock())
                .with("UserCount", instance.userCount())
                .with("ClientUserCount", instance.clientUsers())
                .with("StaticIpMode", instance.staticIpMode())
                .with("MinBandwidth", instance.minBandwidth())
                .with("MaxBandwidth", instance.maxBandwidth())
                .with("DefaultBandwidth", instance.defaultBandwidth())
                .with("CreateTime", instance.createdTime() * 1000);
    }
}
