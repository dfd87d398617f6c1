package org.gatewayusers.persistence.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;

class LocalGroupMapperTest {

    private static final SvmUuid SVM = new SvmUuid("02c9e252-41be-11e9-81d5-00a0986138f7");
    private static final String DOMAIN = "S-1-5-21-256008430-3394229847-3930036330";
    private static final Sid SID = new Sid(DOMAIN + "-1003");
    private static final Sid ALEX = new Sid(DOMAIN + "-1000");
    private static final Sid BLAKE = new Sid(DOMAIN + "-1001");
    private static final Sid CASEY = new Sid(DOMAIN + "-1002");

    private static LocalGroup group(String name, String description, Sid... members) {
        return LocalGroup.reconstitute(SVM, new LocalGroupName("SMB_SERVER01", name), description, SID, List.of(members));
    }

    @Test
    void stores_the_qualified_name_and_its_upper_case_key() {
        LocalGroupEntity entity = LocalGroupMapper.toEntity(group("Admins", null));

        assertEquals("SMB_SERVER01\\Admins", entity.name);
        assertEquals("SMB_SERVER01\\ADMINS", entity.nameKey);
    }

    @Test
    void stores_the_svm_the_sid_and_the_description() {
        LocalGroupEntity entity = LocalGroupMapper.toEntity(group("admins", "The admins"));

        assertEquals(SVM.value(), entity.svmUuid);
        assertEquals(SID.value(), entity.sid);
        assertEquals("The admins", entity.description);
    }

    @Test
    void reloads_a_stored_group_as_it_was() {
        LocalGroup original = group("Admins", "The admins", ALEX, BLAKE);

        LocalGroup reloaded = LocalGroupMapper.toDomain(LocalGroupMapper.toEntity(original));

        assertEquals(original.svm(), reloaded.svm());
        assertEquals(original.name(), reloaded.name());
        assertEquals("SMB_SERVER01", reloaded.name().domain());
        assertEquals("Admins", reloaded.name().group());
        assertEquals("The admins", reloaded.description());
        assertEquals(original.sid(), reloaded.sid());
        // the members are a relation of their own (JpaMemberships), not part of the group row
        assertEquals(Set.of(), reloaded.members());
    }

    @Test
    void reloads_a_builtin_group_in_the_builtin_domain() {
        LocalGroup original = LocalGroup.builtin(SVM, BuiltinGroup.POWER_USERS, List.of());

        LocalGroup reloaded = LocalGroupMapper.toDomain(LocalGroupMapper.toEntity(original));

        assertEquals(LocalGroupName.builtin("Power Users"), reloaded.name());
        assertTrue(reloaded.name().isBuiltin());
        assertEquals(BuiltinGroup.POWER_USERS.sid(), reloaded.sid());
        assertNull(reloaded.description());
        assertEquals(Set.of(), reloaded.members());
    }

    @Test
    void copies_name_and_description_onto_a_stored_group_but_keeps_its_identity() {
        LocalGroupEntity stored = LocalGroupMapper.toEntity(group("admins", "Old"));

        LocalGroupMapper.copyState(group("Operators", null), stored);

        assertEquals("SMB_SERVER01\\Operators", stored.name);
        assertEquals("SMB_SERVER01\\OPERATORS", stored.nameKey);
        assertNull(stored.description);
        assertEquals(SVM.value(), stored.svmUuid);
        assertEquals(SID.value(), stored.sid);
    }
}
