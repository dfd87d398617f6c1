package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_AD_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_LDAP_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.GatewayBuilder.anIscsiGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_ALREADY_DEPLOYED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_NOT_CHANGEABLE;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_NOT_RAISED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_DEPLOYABLE;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_DEPLOYED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HAS_NO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HOLDS_NO_SMB_USERS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.OTHER_DIRECTORY_LINKED;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.SplittableRandom;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GatewayTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.890Z");

    @Test
    void creates_a_running_gateway_in_its_bundle_joined_to_no_directory() {
        StorageBundle bundle = aStorageBundle().build();

        Gateway gateway = Gateway.create(bundle, new GatewayName("gw1"), "edge", GatewayType.FILE,
                GatewayLocation.ON_PREMISE, GatewayPlan.SUBSCRIPTION, new SplittableRandom(2), NOW);

        assertTrue(gateway.id().value().startsWith("gw-"));
        assertEquals(bundle.id(), gateway.storageBundle());
        assertEquals("gw1", gateway.name().value());
        assertEquals("edge", gateway.description());
        assertEquals(GatewayType.FILE, gateway.type());
        assertEquals(GatewayLocation.ON_PREMISE, gateway.location());
        assertEquals(GatewayState.RUNNING, gateway.state());
        assertEquals(DirectoryLink.none(), gateway.directory());
        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), gateway.createdAt());
    }

    @Test
    void an_iscsi_gateway_cannot_be_stored_as_joined_to_a_directory() {
        assertThrows(IllegalArgumentException.class, () -> anIscsiGateway().linkedToActiveDirectory().build());
    }

    // SMB users

    @Test
    void a_running_file_gateway_joined_to_nothing_accepts_smb_user_changes() {
        assertDoesNotThrow(() -> aFileGateway().build().requireAcceptsSmbUserChanges());
    }

    @Test
    void an_iscsi_gateway_holds_no_smb_users() {
        assertRejected(GATEWAY_TYPE_HOLDS_NO_SMB_USERS, Subject.GATEWAY, () -> anIscsiGateway().build().requireHoldsSmbUsers());
        assertRejected(GATEWAY_TYPE_HOLDS_NO_SMB_USERS, Subject.GATEWAY,
                () -> anIscsiGateway().build().requireAcceptsSmbUserChanges());
    }

    @Test
    void a_gateway_joined_to_active_directory_refuses_local_smb_users() {
        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY,
                () -> aFileGateway().linkedToActiveDirectory().build().requireAcceptsSmbUserChanges());
    }

    @Test
    void a_gateway_linked_to_ldap_refuses_local_smb_users() {
        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY,
                () -> aFileGateway().linkedToLdap().build().requireHoldsSmbUsers());
    }

    @ParameterizedTest
    @EnumSource(value = GatewayState.class, names = {"DELETING", "CHANGING_DIRECTORY"})
    void a_gateway_in_a_state_change_takes_no_smb_user_changes(GatewayState state) {
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY,
                () -> aFileGateway().inState(state).build().requireAcceptsSmbUserChanges());
    }

    @Test
    void a_gateway_in_a_state_change_still_holds_its_users_for_the_tasks_queued_before() {
        assertDoesNotThrow(() -> aFileGateway().inState(GatewayState.DELETING).build().requireHoldsSmbUsers());
    }

    @Test
    void being_joined_to_a_directory_is_refused_before_being_busy() {
        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY, () -> aFileGateway().linkedToLdap()
                .inState(GatewayState.CHANGING_DIRECTORY).build().requireAcceptsSmbUserChanges());
    }

    // Deletion

    @Test
    void a_gateway_being_deleted_is_marked_deleting() {
        Gateway gateway = aFileGateway().build();

        Gateway deleting = gateway.beginDeletion();

        assertEquals(GatewayState.DELETING, deleting.state());
        assertEquals(gateway.id(), deleting.id());
        assertEquals(GatewayState.RUNNING, gateway.state());
    }

    @ParameterizedTest
    @EnumSource(value = GatewayState.class, names = {"DELETING", "CHANGING_DIRECTORY"})
    void a_gateway_in_a_state_change_cannot_be_deleted(GatewayState state) {
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> aFileGateway().inState(state).build().beginDeletion());
    }

    @Test
    void an_iscsi_gateway_or_a_joined_one_can_be_deleted() {
        assertEquals(GatewayState.DELETING, anIscsiGateway().build().beginDeletion().state());
        assertEquals(GatewayState.DELETING, aFileGateway().linkedToActiveDirectory().build().beginDeletion().state());
    }

    // Directory links

    @Test
    void a_directory_change_marks_the_gateway_as_changing() {
        Gateway changing = aFileGateway().build().beginDirectoryChange(DirectoryKind.ACTIVE_DIRECTORY, true);

        assertEquals(GatewayState.CHANGING_DIRECTORY, changing.state());
        assertEquals(DirectoryLink.none(), changing.directory());
    }

    @Test
    void an_iscsi_gateway_joins_no_directory() {
        assertRejected(GATEWAY_TYPE_HAS_NO_DIRECTORY, Subject.GATEWAY,
                () -> anIscsiGateway().build().beginDirectoryChange(DirectoryKind.LDAP, true));
    }

    @ParameterizedTest
    @EnumSource(value = GatewayState.class, names = {"DELETING", "CHANGING_DIRECTORY"})
    void a_gateway_in_a_state_change_cannot_change_its_link(GatewayState state) {
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY,
                () -> aFileGateway().inState(state).build().beginDirectoryChange(DirectoryKind.ACTIVE_DIRECTORY, false));
    }

    @Test
    void a_gateway_joined_to_one_kind_cannot_enable_the_other() {
        assertRejected(OTHER_DIRECTORY_LINKED, Subject.DIRECTORY_ENABLED,
                () -> aFileGateway().linkedToLdap().build().beginDirectoryChange(DirectoryKind.ACTIVE_DIRECTORY, true));
        assertRejected(OTHER_DIRECTORY_LINKED, Subject.DIRECTORY_ENABLED,
                () -> aFileGateway().linkedToActiveDirectory().build().beginDirectoryChange(DirectoryKind.LDAP, true));
    }

    @Test
    void a_gateway_joined_to_one_kind_may_change_that_link_or_disable_the_other() {
        Gateway ad = aFileGateway().linkedToActiveDirectory().build();

        assertEquals(GatewayState.CHANGING_DIRECTORY, ad.beginDirectoryChange(DirectoryKind.ACTIVE_DIRECTORY, true).state());
        assertEquals(GatewayState.CHANGING_DIRECTORY, ad.beginDirectoryChange(DirectoryKind.LDAP, false).state());
    }

    @Test
    void a_changed_link_is_the_target_and_the_gateway_runs_again() {
        Gateway changing = aFileGateway().inState(GatewayState.CHANGING_DIRECTORY).build();

        Gateway joined = changing.withDirectoryChanged(DirectoryKind.ACTIVE_DIRECTORY, AN_AD_LINK);

        assertEquals(AN_AD_LINK, joined.directory());
        assertEquals(GatewayState.RUNNING, joined.state());
    }

    @Test
    void disabling_a_kind_ends_a_link_of_that_kind() {
        Gateway changing = aFileGateway().linkedToLdap().inState(GatewayState.CHANGING_DIRECTORY).build();

        assertEquals(DirectoryLink.none(), changing.withDirectoryChanged(DirectoryKind.LDAP, DirectoryLink.none()).directory());
    }

    @Test
    void disabling_a_kind_leaves_a_link_of_the_other_kind() {
        Gateway changing = aFileGateway().linkedToLdap().inState(GatewayState.CHANGING_DIRECTORY).build();

        Gateway after = changing.withDirectoryChanged(DirectoryKind.ACTIVE_DIRECTORY, DirectoryLink.none());

        assertEquals(AN_LDAP_LINK, after.directory());
        assertEquals(GatewayState.RUNNING, after.state());
    }

    @Test
    void a_queued_link_change_checks_the_rules_again() {
        assertRejected(OTHER_DIRECTORY_LINKED, Subject.DIRECTORY_ENABLED, () -> aFileGateway().linkedToLdap()
                .inState(GatewayState.CHANGING_DIRECTORY).build()
                .withDirectoryChanged(DirectoryKind.ACTIVE_DIRECTORY, AN_AD_LINK));
        assertRejected(GATEWAY_TYPE_HAS_NO_DIRECTORY, Subject.GATEWAY, () -> anIscsiGateway().build()
                .withDirectoryChanged(DirectoryKind.LDAP, DirectoryLink.none()));
    }

    @Test
    void an_ended_operation_makes_the_gateway_run_again() {
        assertEquals(GatewayState.RUNNING, aFileGateway().inState(GatewayState.DELETING).build().operationEnded().state());
    }

    // DeployGateway

    private static Gateway created(GatewayType type, GatewayLocation location, boolean postPaid) {
        return Gateway.create(aStorageBundle().build(), new GatewayName("gw1"), null, type, location,
                new GatewayPlan(null, postPaid, "vsw-1", 10, false), new SplittableRandom(3), NOW);
    }

    @Test
    void a_new_pay_as_you_go_file_gateway_in_the_cloud_waits_to_be_deployed() {
        Gateway gateway = created(GatewayType.FILE, GatewayLocation.CLOUD, true);

        assertEquals(GatewayState.INITIALIZED, gateway.state());
        assertEquals("vsw-1", gateway.plan().vSwitchId());
        assertEquals(10, gateway.plan().publicNetworkBandwidth());
        assertTrue(gateway.plan().postPaid());
    }

    @Test
    void subscription_on_premises_and_iscsi_gateways_run_from_their_creation() {
        assertEquals(GatewayState.RUNNING, created(GatewayType.FILE, GatewayLocation.CLOUD, false).state());
        assertEquals(GatewayState.RUNNING, created(GatewayType.FILE, GatewayLocation.ON_PREMISE, true).state());
        assertEquals(GatewayState.RUNNING, created(GatewayType.ISCSI, GatewayLocation.CLOUD, true).state());
    }

    @Test
    void deploying_takes_the_class_asked_for_and_then_runs() {
        Gateway deploying = aFileGateway().waitingToBeDeployed().build().beginDeployment(GatewayClass.ENHANCED);

        assertEquals(GatewayState.DEPLOYING, deploying.state());
        assertEquals(GatewayClass.ENHANCED, deploying.plan().gatewayClass());
        assertEquals(GatewayState.RUNNING, deploying.deployed().state());
        assertEquals(GatewayClass.ENHANCED, deploying.deployed().plan().gatewayClass());
    }

    @Test
    void deploying_without_a_class_keeps_the_created_one_or_takes_basic() {
        Gateway standard = aFileGateway().waitingToBeDeployed().build();
        standard = aFileGateway().withPlan(standard.plan().withGatewayClass(GatewayClass.STANDARD))
                .inState(GatewayState.INITIALIZED).build();

        assertEquals(GatewayClass.STANDARD, standard.beginDeployment(null).plan().gatewayClass());
        assertEquals(GatewayClass.BASIC, aFileGateway().waitingToBeDeployed().build().beginDeployment(null)
                .plan().gatewayClass());
    }

    @Test
    void only_a_pay_as_you_go_file_gateway_in_the_cloud_is_deployed() {
        assertRejected(GATEWAY_NOT_DEPLOYABLE, Subject.GATEWAY, () -> aFileGateway().build().beginDeployment(null));
        assertRejected(GATEWAY_NOT_DEPLOYABLE, Subject.GATEWAY, () -> aFileGateway().waitingToBeDeployed()
                .at(GatewayLocation.ON_PREMISE).build().beginDeployment(null));
        assertRejected(GATEWAY_NOT_DEPLOYABLE, Subject.GATEWAY, () -> aFileGateway().waitingToBeDeployed()
                .ofType(GatewayType.ISCSI).build().beginDeployment(null));
    }

    @Test
    void a_gateway_deployed_already_or_being_deployed_is_not_deployed_again() {
        Gateway waiting = aFileGateway().waitingToBeDeployed().build();
        Gateway deploying = waiting.beginDeployment(null);

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> deploying.beginDeployment(null));
        assertRejected(GATEWAY_ALREADY_DEPLOYED, Subject.GATEWAY, () -> deploying.deployed().beginDeployment(null));
        assertRejected(GATEWAY_ALREADY_DEPLOYED, Subject.GATEWAY, () -> deploying.deployed().deployed());
        assertRejected(GATEWAY_ALREADY_DEPLOYED, Subject.GATEWAY, waiting::deployed);
    }

    @Test
    void a_gateway_waiting_to_be_deployed_takes_no_users_or_directory_but_may_be_renamed_or_deleted() {
        Gateway waiting = aFileGateway().waitingToBeDeployed().build();

        assertRejected(GATEWAY_NOT_DEPLOYED, Subject.GATEWAY, waiting::requireAcceptsSmbUserChanges);
        assertRejected(GATEWAY_NOT_DEPLOYED, Subject.GATEWAY,
                () -> waiting.beginDirectoryChange(DirectoryKind.ACTIVE_DIRECTORY, true));
        assertEquals("gw2", waiting.renamed(new GatewayName("gw2"), null).name().value());
        assertEquals(GatewayState.DELETING, waiting.beginDeletion().state());
    }

    @Test
    void a_failed_deployment_leaves_the_gateway_waiting_to_be_deployed_again() {
        Gateway deploying = aFileGateway().waitingToBeDeployed().build().beginDeployment(null);

        assertEquals(GatewayState.INITIALIZED, deploying.operationEnded().state());
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, deploying::requireAcceptsSmbUserChanges);
    }

    // ModifyGatewayClass

    private static Gateway runningOfClass(GatewayClass gatewayClass) {
        return aFileGateway().withPlan(new GatewayPlan(gatewayClass, true, null, null, false)).build();
    }

    @Test
    void a_cloud_gateways_class_is_raised_through_a_change_that_ends_running() {
        Gateway changing = runningOfClass(GatewayClass.STANDARD).beginClassChange(GatewayClass.ADVANCED);

        assertEquals(GatewayState.CHANGING_CLASS, changing.state());
        assertEquals("Modifying", changing.state().written());
        assertEquals(GatewayClass.ADVANCED, changing.plan().gatewayClass());
        assertEquals(GatewayState.RUNNING, changing.classChanged().state());
        assertEquals(GatewayClass.BASIC, runningOfClass(null).beginClassChange(GatewayClass.BASIC).plan().gatewayClass());
    }

    @Test
    void a_class_is_never_lowered_or_kept() {
        assertRejected(GATEWAY_CLASS_NOT_RAISED, Subject.GATEWAY_CLASS,
                () -> runningOfClass(GatewayClass.ENHANCED).beginClassChange(GatewayClass.STANDARD));
        assertRejected(GATEWAY_CLASS_NOT_RAISED, Subject.GATEWAY_CLASS,
                () -> runningOfClass(GatewayClass.ENHANCED).beginClassChange(GatewayClass.ENHANCED));
    }

    @Test
    void only_a_running_cloud_gateway_changes_its_class() {
        assertRejected(GATEWAY_CLASS_NOT_CHANGEABLE, Subject.GATEWAY_CLASS, () -> aFileGateway().at(GatewayLocation.ON_PREMISE)
                .build().beginClassChange(GatewayClass.ADVANCED));
        assertRejected(GATEWAY_NOT_DEPLOYED, Subject.GATEWAY,
                () -> aFileGateway().waitingToBeDeployed().build().beginClassChange(GatewayClass.ADVANCED));
        Gateway changing = runningOfClass(GatewayClass.BASIC).beginClassChange(GatewayClass.STANDARD);
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> changing.beginClassChange(GatewayClass.ADVANCED));
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> runningOfClass(GatewayClass.BASIC).classChanged());
        assertEquals(GatewayState.RUNNING, changing.operationEnded().state());
    }
}
