package org.gatewayusers.persistence.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.domain.shared.CredentialHash;
import org.junit.jupiter.api.Test;

class LocalUserMapperTest {

    private static final SvmUuid SVM = new SvmUuid("02c9e252-41be-11e9-81d5-00a0986138f7");
    private static final Sid SID = new Sid("S-1-5-21-256008430-3394229847-3930036330-1001");
    private static final CredentialHash NT_HASH = new CredentialHash("NT", "8846F7EAEE8FB117AD06BDD830B7586C");

    private static LocalUser user(String account, String fullName, String description, boolean disabled) {
        return LocalUser.reconstitute(SVM, new LocalUserName(new CifsServerName("SMB_SERVER01"), account), fullName,
                description, disabled, SID, NT_HASH);
    }

    @Test
    void stores_the_qualified_name_and_its_upper_case_key() {
        LocalUserEntity entity = LocalUserMapper.toEntity(user("Alex.Smith", null, null, false));

        assertEquals("SMB_SERVER01\\Alex.Smith", entity.name);
        assertEquals("SMB_SERVER01\\ALEX.SMITH", entity.nameKey);
    }

    @Test
    void stores_the_sid_and_the_rid_taken_from_it() {
        LocalUserEntity entity = LocalUserMapper.toEntity(user("alex", null, null, false));

        assertEquals(SVM.value(), entity.svmUuid);
        assertEquals(SID.value(), entity.sid);
        assertEquals(1001L, entity.rid);
    }

    @Test
    void stores_the_credential_hash_with_its_scheme() {
        LocalUserEntity entity = LocalUserMapper.toEntity(user("alex", null, null, false));

        assertEquals("NT", entity.credentialScheme);
        assertEquals("8846F7EAEE8FB117AD06BDD830B7586C", entity.credentialHash);
    }

    @Test
    void stores_the_optional_fields_as_given() {
        LocalUserEntity entity = LocalUserMapper.toEntity(user("alex", "Alex Smith", "This is local user.", true));

        assertEquals("Alex Smith", entity.fullName);
        assertEquals("This is local user.", entity.description);
        assertTrue(entity.accountDisabled);
    }

    @Test
    void stores_absent_optional_fields_as_null() {
        LocalUserEntity entity = LocalUserMapper.toEntity(user("alex", null, null, false));

        assertNull(entity.fullName);
        assertNull(entity.description);
        assertFalse(entity.accountDisabled);
    }

    @Test
    void reloads_a_stored_user_as_it_was() {
        LocalUser original = user("Alex.Smith", "Alex Smith", "This is local user.", true);

        LocalUser reloaded = LocalUserMapper.toDomain(LocalUserMapper.toEntity(original));

        assertEquals(original.svm(), reloaded.svm());
        assertEquals(original.name(), reloaded.name());
        assertEquals("Alex.Smith", reloaded.name().account());
        assertEquals("SMB_SERVER01", reloaded.name().domain().value());
        assertEquals(original.fullName(), reloaded.fullName());
        assertEquals(original.description(), reloaded.description());
        assertEquals(original.accountDisabled(), reloaded.accountDisabled());
        assertEquals(original.sid(), reloaded.sid());
        assertEquals(original.credential(), reloaded.credential());
    }

    @Test
    void copies_every_change_onto_a_stored_user_but_keeps_its_identity() {
        LocalUserEntity stored = LocalUserMapper.toEntity(user("alex", null, null, false));
        LocalUser changed = user("alex", null, null, false).renamed("Blake.Jones").withFullName("Blake Jones")
                .describedAs("Renamed.").withAccountDisabled(true)
                .withCredential(new CredentialHash("NT", "32ED87BDB5FDC5E9CBA88547376818D4"));

        LocalUserMapper.copyState(changed, stored);

        assertEquals("SMB_SERVER01\\Blake.Jones", stored.name);
        assertEquals("SMB_SERVER01\\BLAKE.JONES", stored.nameKey);
        assertEquals("Blake Jones", stored.fullName);
        assertEquals("Renamed.", stored.description);
        assertTrue(stored.accountDisabled);
        assertEquals("32ED87BDB5FDC5E9CBA88547376818D4", stored.credentialHash);
        assertEquals(SVM.value(), stored.svmUuid);
        assertEquals(SID.value(), stored.sid);
        assertEquals(1001L, stored.rid);
    }

    @Test
    void copies_the_removal_of_the_optional_fields() {
        LocalUserEntity stored = LocalUserMapper.toEntity(user("alex", "Alex Smith", "This is local user.", true));

        LocalUserMapper.copyState(user("alex", null, null, false), stored);

        assertNull(stored.fullName);
        assertNull(stored.description);
        assertFalse(stored.accountDisabled);
    }

    @Test
    void reloads_a_user_without_the_optional_fields() {
        LocalUser reloaded = LocalUserMapper.toDomain(LocalUserMapper.toEntity(user("alex", null, null, false)));

        assertNull(reloaded.fullName());
        assertNull(reloaded.description());
        assertFalse(reloaded.accountDisabled());
    }

    @Test
    void stamps_a_new_credential_and_a_changed_one_with_the_time_of_the_change_only() {
        long before = java.time.Instant.now().getEpochSecond();
        LocalUserEntity entity = LocalUserMapper.toEntity(user("alex", null, null, false));
        assertTrue(entity.credentialChangedAt >= before);

        entity.credentialChangedAt = 1_000L;
        LocalUserMapper.copyState(user("alex", "Alex", "renamed and disabled", true), entity);
        assertEquals(1_000L, entity.credentialChangedAt);

        LocalUserMapper.copyState(LocalUser.reconstitute(SVM, new LocalUserName(new CifsServerName("SMB_SERVER01"), "alex"),
                null, null, false, SID, new CredentialHash("NT", "8FE16B23668E23A1A25D704D9F51ABEA")), entity);
        assertTrue(entity.credentialChangedAt >= before);
    }
}
