package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_AD_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_LDAP_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskWork;
import org.junit.jupiter.api.Test;

class SgwMappersTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");

    @Test
    void stores_a_bundle_with_its_time_in_epoch_seconds() {
        StorageBundle bundle = aStorageBundle().describedAs("backups").createdAt(T0).build();

        StorageBundleEntity entity = StorageBundleMapper.toEntity(bundle);

        assertEquals(T0.getEpochSecond(), entity.createdAt);
        assertEquals("cn-hangzhou", entity.regionId);
        assertEquals(bundle.id(), StorageBundleMapper.toDomain(entity).id());
        assertEquals("backups", StorageBundleMapper.toDomain(entity).description());
    }

    @Test
    void stores_a_new_gateway_with_no_task_sequence_handed_out() {
        GatewayEntity entity = GatewayMapper.toNewEntity(aFileGateway().build());

        assertEquals(0, entity.lastTaskSequence);
        assertEquals("FILE", entity.type);
        assertEquals("CLOUD", entity.location);
        assertEquals("RUNNING", entity.state);
        assertEquals("NONE", entity.directoryKind);
        assertNull(entity.directoryServerIp);
    }

    @Test
    void stores_an_ad_link_in_the_ad_columns_only() {
        GatewayEntity entity = GatewayMapper.toNewEntity(aFileGateway().linkedTo(AN_AD_LINK).build());

        assertEquals("ACTIVE_DIRECTORY", entity.directoryKind);
        assertEquals("192.168.0.10", entity.directoryServerIp);
        assertEquals("example.com", entity.adDomainName);
        assertEquals("Administrator", entity.adUsername);
        assertNull(entity.ldapBaseDn);
        assertEquals(AN_AD_LINK, GatewayMapper.toDomain(entity).directory());
    }

    @Test
    void stores_an_ldap_link_in_the_ldap_columns_only() {
        GatewayEntity entity = GatewayMapper.toNewEntity(aFileGateway().linkedTo(AN_LDAP_LINK).build());

        assertEquals("LDAP", entity.directoryKind);
        assertEquals("dc=example,dc=com", entity.ldapBaseDn);
        assertNull(entity.adDomainName);
        assertEquals(AN_LDAP_LINK, GatewayMapper.toDomain(entity).directory());
    }

    @Test
    void a_change_clears_the_columns_of_the_old_link_and_keeps_identity() {
        Gateway gateway = aFileGateway().linkedTo(AN_AD_LINK).build();
        GatewayEntity entity = GatewayMapper.toNewEntity(gateway);

        GatewayMapper.copyState(gateway.withDirectoryChanged(DirectoryKind.ACTIVE_DIRECTORY, DirectoryLink.none())
                .beginDeletion(), entity);

        assertEquals("NONE", entity.directoryKind);
        assertNull(entity.adDomainName);
        assertNull(entity.directoryServerIp);
        assertEquals("DELETING", entity.state);
        assertEquals(gateway.id().value(), entity.id);
        assertEquals(GatewayState.DELETING, GatewayMapper.toDomain(entity).state());
    }

    @Test
    void stores_a_user_with_its_upper_case_key_and_hash() {
        SmbUser user = SmbUser.create(aFileGateway().build(), new SmbUserName("Alex"), NT_HASH);

        SmbUserEntity entity = SmbUserMapper.toEntity(user);

        assertEquals("Alex", entity.name);
        assertEquals("ALEX", entity.nameKey);
        assertEquals("NT", entity.credentialScheme);
        assertEquals(NT_HASH, SmbUserMapper.toDomain(entity).credential());
    }

    @Test
    void stamps_a_new_user_s_credential_with_the_time_it_is_stored() {
        long before = java.time.Instant.now().getEpochSecond();

        SmbUserEntity entity = SmbUserMapper.toEntity(SmbUser.create(aFileGateway().build(), new SmbUserName("Alex"), NT_HASH));

        assertTrue(entity.credentialChangedAt >= before && entity.credentialChangedAt <= java.time.Instant.now().getEpochSecond());
    }

    @Test
    void stores_a_user_task_with_its_user_key_and_the_hash_of_a_new_one() {
        TaskEntity entity = TaskMapper.toNewEntity(aTask().creating("Alex").createdAt(T0).build());

        assertEquals("CREATE_SMB_USER", entity.kind);
        assertEquals("INITIALIZED", entity.state);
        assertEquals("Alex", entity.username);
        assertEquals("ALEX", entity.usernameKey);
        assertEquals(NT_HASH.value(), entity.credentialHash);
        assertEquals(T0.getEpochSecond(), entity.createdAt);
        assertNull(entity.directoryKind);
        assertNull(entity.claimedBy);
    }

    @Test
    void stores_a_delete_without_a_credential() {
        TaskEntity entity = TaskMapper.toNewEntity(aTask().deleting("alex").build());

        assertEquals("DELETE_SMB_USER", entity.kind);
        assertNull(entity.credentialHash);
        assertNull(entity.credentialScheme);
    }

    @Test
    void stores_a_directory_change_with_its_target() {
        TaskEntity enable = TaskMapper.toNewEntity(aTask()
                .doing(new TaskWork.ChangeDirectory(DirectoryKind.LDAP, AN_LDAP_LINK)).build());
        TaskEntity disable = TaskMapper.toNewEntity(aTask()
                .doing(new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY, DirectoryLink.none())).build());

        assertEquals("SET_LDAP", enable.kind);
        assertEquals("LDAP", enable.directoryKind);
        assertTrue(enable.ldapTls == Boolean.FALSE);
        assertEquals("SET_ACTIVE_DIRECTORY", disable.kind);
        assertEquals("NONE", disable.directoryKind);
        assertNull(disable.username);
    }

    @Test
    void reads_back_a_failed_task_with_its_reason() {
        Task task = aTask().failedFor(SgwRejection.Reason.GATEWAY_NOT_FOUND).build();

        Task reread = TaskMapper.toDomain(TaskMapper.toNewEntity(task));

        assertEquals(task.failure(), reread.failure());
        assertEquals(task.work(), reread.work());
        assertFalse(reread.claimedBy().isPresent());
    }

    @Test
    void reads_back_a_running_task_with_its_claim() {
        Task task = aTask().running("worker-1", T0).build();

        Task reread = TaskMapper.toDomain(TaskMapper.toNewEntity(task));

        assertEquals(task.claimedBy(), reread.claimedBy());
        assertEquals(task.leaseUntil(), reread.leaseUntil());
    }
}
