package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_AD_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_LDAP_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.GatewayBuilder.anIscsiGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DIRECTORY_SETTING_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DIRECTORY_SETTING_MISSING;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HAS_NO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.OTHER_DIRECTORY_LINKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.ActiveDirectoryLink;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.LdapLink;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.sgw.TaskWork;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;

/** SetGatewayADInfo and SetGatewayLDAPInfo: checked at once, the gateway marked as changing, the link set by a task. */
class SetGatewayDirectoryTest {

    private static final String JOIN_PASSWORD = "Join-Pa55";

    private final Gateway gateway = aFileGateway().build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway);
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final SetGatewayActiveDirectory setAd =
            new SetGatewayActiveDirectory(gateways, tasks, clock, new SplittableRandom(5));
    private final SetGatewayLdap setLdap = new SetGatewayLdap(gateways, tasks, clock, new SplittableRandom(6));
    private final RunNextTask worker =
            new RunNextTask(tasks, gateways, new InMemorySmbUsers(), clock, "worker-1", Duration.ofMinutes(5));

    private SetGatewayActiveDirectoryCommand enableAd(String domainName, String username, String password,
            String serverIp) {
        return new SetGatewayActiveDirectoryCommand(gateway.id().value(), true, domainName, username,
                password == null ? null : Password.of(password), serverIp);
    }

    private SetGatewayActiveDirectoryCommand disableAd() {
        return new SetGatewayActiveDirectoryCommand(gateway.id().value(), false, null, null, null, null);
    }

    private SetGatewayLdapCommand enableLdap(String serverIp, String baseDn, String rootDn) {
        return new SetGatewayLdapCommand(gateway.id().value(), true, serverIp, baseDn, rootDn,
                Password.of(JOIN_PASSWORD), true);
    }

    private SetGatewayLdapCommand disableLdap() {
        return new SetGatewayLdapCommand(gateway.id().value(), false, null, null, null, null, false);
    }

    private Gateway stored() {
        return gateways.stored(gateway.id());
    }

    // Active Directory

    @Test
    void enabling_ad_marks_the_gateway_as_changing_and_answers_a_waiting_task() {
        Task task = tasks.stored(setAd.set(enableAd("example.com", "Administrator", JOIN_PASSWORD, "192.168.0.10")).taskId());

        assertEquals(GatewayState.CHANGING_DIRECTORY, stored().state());
        assertEquals(DirectoryLink.none(), stored().directory());
        assertEquals("SetGatewayADInfo", task.name());
        assertEquals(TaskState.INITIALIZED, task.state());
        assertEquals(new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY,
                new ActiveDirectoryLink("example.com", "192.168.0.10", "Administrator")), task.work());
    }

    @Test
    void the_task_joins_the_domain_and_the_gateway_runs_again() {
        String taskId = setAd.set(enableAd("example.com", "Administrator", JOIN_PASSWORD, "192.168.0.10")).taskId();

        worker.runNext();

        assertEquals(new ActiveDirectoryLink("example.com", "192.168.0.10", "Administrator"), stored().directory());
        assertEquals(GatewayState.RUNNING, stored().state());
        assertEquals(TaskState.COMPLETED, tasks.stored(taskId).state());
    }

    @Test
    void the_join_password_is_kept_nowhere() {
        Task task = tasks.stored(setAd.set(enableAd("example.com", "Administrator", JOIN_PASSWORD, "192.168.0.10")).taskId());
        worker.runNext();

        assertFalse(task.work().toString().contains(JOIN_PASSWORD), task.work().toString());
        assertFalse(stored().directory().toString().contains(JOIN_PASSWORD));
    }

    @Test
    void disabling_ad_leaves_the_domain() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToActiveDirectory().build());

        setAd.set(disableAd());
        worker.runNext();

        assertEquals(DirectoryLink.none(), stored().directory());
    }

    @Test
    void disabling_ad_ignores_the_other_settings() {
        setAd.set(new SetGatewayActiveDirectoryCommand(gateway.id().value(), false, "not a domain", "", null, "x"));

        assertEquals(1, tasks.all().size());
    }

    @Test
    void enabling_ad_again_replaces_the_settings() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedTo(AN_AD_LINK).build());

        setAd.set(enableAd("corp.example.org", "joiner", JOIN_PASSWORD, "10.1.1.1"));
        worker.runNext();

        assertEquals(new ActiveDirectoryLink("corp.example.org", "10.1.1.1", "joiner"), stored().directory());
    }

    @Test
    void rejects_ad_settings_that_are_missing_or_malformed_and_changes_nothing() {
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.AD_DOMAIN_NAME, () -> setAd.set(enableAd(null, "a", JOIN_PASSWORD, "10.0.0.1")));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.AD_USER_NAME, () -> setAd.set(enableAd("example.com", "", JOIN_PASSWORD, "10.0.0.1")));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_PASSWORD, () -> setAd.set(enableAd("example.com", "a", null, "10.0.0.1")));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_SERVER_IP, () -> setAd.set(enableAd("example.com", "a", JOIN_PASSWORD, null)));
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.DIRECTORY_SERVER_IP, () -> setAd.set(enableAd("example.com", "a", JOIN_PASSWORD, "10.0.0")));
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.AD_DOMAIN_NAME, () -> setAd.set(enableAd("a..b", "a", JOIN_PASSWORD, "10.0.0.1")));

        assertEquals(List.of(), tasks.all());
        assertEquals(GatewayState.RUNNING, stored().state());
    }

    @Test
    void rejects_enabling_ad_on_a_gateway_linked_to_ldap() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToLdap().build());

        assertRejected(OTHER_DIRECTORY_LINKED, Subject.DIRECTORY_ENABLED,
                () -> setAd.set(enableAd("example.com", "a", JOIN_PASSWORD, "10.0.0.1")));
        assertEquals(GatewayState.RUNNING, stored().state());
    }

    @Test
    void disabling_ad_on_a_gateway_linked_to_ldap_keeps_the_ldap_link() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToLdap().build());

        setAd.set(disableAd());
        worker.runNext();

        assertEquals(AN_LDAP_LINK, stored().directory());
        assertEquals(GatewayState.RUNNING, stored().state());
    }

    @Test
    void rejects_an_iscsi_gateway() {
        gateways.update(anIscsiGateway().withId(gateway.id().value()).build());

        assertRejected(GATEWAY_TYPE_HAS_NO_DIRECTORY, Subject.GATEWAY, () -> setAd.set(disableAd()));
        assertRejected(GATEWAY_TYPE_HAS_NO_DIRECTORY, Subject.GATEWAY, () -> setLdap.set(disableLdap()));
    }

    @Test
    void rejects_a_change_while_another_is_waiting_as_in_operation() {
        setAd.set(enableAd("example.com", "a", JOIN_PASSWORD, "10.0.0.1"));

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> setAd.set(disableAd()));
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> setLdap.set(disableLdap()));
        assertEquals(1, tasks.all().size());
    }

    @Test
    void rejects_a_gateway_being_deleted_as_in_operation() {
        gateways.update(aFileGateway().withId(gateway.id().value()).inState(GatewayState.DELETING).build());

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> setAd.set(disableAd()));
        assertEquals(GatewayState.DELETING, stored().state());
    }

    @Test
    void rejects_a_gateway_that_does_not_exist() {
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> setAd.set(
                new SetGatewayActiveDirectoryCommand("gw-000eg44nmxbsfwbvq2ab", false, null, null, null, null)));
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> setLdap.set(
                new SetGatewayLdapCommand("gw-000eg44nmxbsfwbvq2ab", false, null, null, null, null, false)));
    }

    // LDAP

    @Test
    void enabling_ldap_links_the_gateway_once_the_task_has_run() {
        Task task = tasks.stored(setLdap.set(enableLdap("10.0.0.2", "dc=example,dc=com", "cn=admin,dc=example,dc=com"))
                .taskId());
        assertEquals("SetGatewayLDAPInfo", task.name());
        assertEquals(GatewayState.CHANGING_DIRECTORY, stored().state());

        worker.runNext();

        assertEquals(new LdapLink("10.0.0.2", "dc=example,dc=com", "cn=admin,dc=example,dc=com", true),
                stored().directory());
        assertEquals(GatewayState.RUNNING, stored().state());
    }

    @Test
    void disabling_ldap_ends_the_link() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToLdap().build());

        setLdap.set(disableLdap());
        worker.runNext();

        assertEquals(DirectoryLink.none(), stored().directory());
    }

    @Test
    void rejects_ldap_settings_that_are_missing_or_malformed() {
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_SERVER_IP, () -> setLdap.set(enableLdap("", "dc=a", "cn=b")));
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.LDAP_BASE_DN, () -> setLdap.set(enableLdap("10.0.0.2", "example.com", "cn=b")));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.LDAP_ROOT_DN, () -> setLdap.set(enableLdap("10.0.0.2", "dc=a", null)));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_PASSWORD, () -> setLdap.set(
                new SetGatewayLdapCommand(gateway.id().value(), true, "10.0.0.2", "dc=a", "cn=b", null, false)));
        assertEquals(List.of(), tasks.all());
    }

    @Test
    void rejects_enabling_ldap_on_a_gateway_joined_to_ad() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToActiveDirectory().build());

        assertRejected(OTHER_DIRECTORY_LINKED, Subject.DIRECTORY_ENABLED, () -> setLdap.set(enableLdap("10.0.0.2", "dc=a", "cn=b")));
    }
}
