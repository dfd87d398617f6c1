package org.gatewayusers.rest.pop.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Reason;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.rest.pop.PopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SgwErrorCatalogTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void maps_every_reason_to_a_client_error_with_a_code_and_a_message(Reason reason) {
        PopError error = SgwErrorCatalog.of(reason);
        assertTrue(error.status() >= 400 && error.status() < 500, () -> reason + " -> " + error);
        assertFalse(error.code().isBlank());
        assertFalse(error.message().isBlank());
    }

    @ParameterizedTest(name = "{0} -> {2} {1}")
    @CsvSource({
            "EMPTY_USERNAME, EmptySMBUserName, 400",
            "INVALID_USERNAME, InvalidSMBUserName, 400",
            "EMPTY_PASSWORD, EmptySMBPassword, 400",
            "INVALID_PASSWORD, InvalidSMBPassword, 400",
            "GATEWAY_NOT_FOUND, GatewayNotExist, 400",
            "GATEWAY_IN_OPERATION, GatewayInOperation, 400",
            "GATEWAY_LINKED_TO_DIRECTORY, CouldNotCreateSMBUser, 400",
            "STORAGE_BUNDLE_NOT_FOUND, StorageBundleNotExist, 404",
            // DeployGateway's page
            "GATEWAY_ID_EMPTY, EmptyGatewayId, 400",
            "GATEWAY_NOT_DEPLOYABLE, BadRequest, 400",
            "GATEWAY_ALREADY_DEPLOYED, BadRequest, 400",
    })
    void answers_the_codes_of_the_vendor_page(Reason reason, String code, int status) {
        assertEquals(new PopError(status, code, SgwErrorCatalog.of(reason).message()), SgwErrorCatalog.of(reason));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "SMB_USER_NAME, Username", "SMB_PASSWORD, Password", "GATEWAY, GatewayId", "GATEWAY_NAME, Name",
            "GATEWAY_TYPE, Type", "GATEWAY_LOCATION, Location", "GATEWAY_CLASS, GatewayClass",
            "PUBLIC_NETWORK_BANDWIDTH, PublicNetworkBandwidth", "VSWITCH, VSwitchId", "DESCRIPTION, Description",
            "STORAGE_BUNDLE, StorageBundleId", "STORAGE_BUNDLE_NAME, StorageBundleName",
            "BACKEND_BUCKET_REGION, BackendBucketRegionId", "DIRECTORY_ENABLED, IsEnabled",
            "DIRECTORY_SERVER_IP, ServerIp", "DIRECTORY_PASSWORD, Password", "AD_DOMAIN_NAME, DomainName",
            "AD_USER_NAME, Username", "LDAP_BASE_DN, BaseDN", "LDAP_ROOT_DN, RootDN", "TASK_TARGET, TargetId",
            "TASK, TaskId"})
    void names_each_subject_as_its_hcs_sgw_parameter(Subject subject, String parameter) {
        assertEquals(parameter, SgwErrorCatalog.parameter(subject));
    }

    @ParameterizedTest
    @EnumSource(Subject.class)
    void names_every_subject_as_a_parameter(Subject subject) {
        assertTrue(SgwErrorCatalog.parameter(subject).matches("[A-Z][A-Za-z]*"), subject.name());
        assertEquals(Optional.of(SgwErrorCatalog.parameter(subject)),
                new SgwErrorCatalog().parameter(new SgwRejection(Reason.GATEWAY_NOT_FOUND, subject)));
    }

    @Test
    void picks_the_sgw_rejections_by_type() {
        SgwErrorCatalog catalog = new SgwErrorCatalog();
        assertEquals(SgwRejection.class, catalog.rejectionType());
        assertEquals("EmptySMBPassword", catalog.of(new SgwRejection(Reason.EMPTY_PASSWORD, Subject.SMB_PASSWORD)).code());
    }
}
