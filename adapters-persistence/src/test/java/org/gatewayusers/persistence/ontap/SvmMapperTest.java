package org.gatewayusers.persistence.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.DomainSid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.domain.ontap.SvmType;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;

class SvmMapperTest {

    private static final SvmUuid UUID = new SvmUuid("02c9e252-41be-11e9-81d5-00a0986138f7");
    private static final DomainSid DOMAIN_SID = new DomainSid("S-1-5-21-256008430-3394229847-3930036330");

    private static Svm svm(SvmType type, CifsServer server) {
        return Svm.reconstitute(UUID, new SvmName("svm1"), type, DOMAIN_SID, server);
    }

    @Test
    void starts_a_new_svm_handing_out_rids_at_1000() {
        SvmEntity entity = SvmMapper.toNewEntity(svm(SvmType.DATA, null));

        assertEquals(1000L, entity.nextRid);
    }

    @Test
    void stores_every_field_of_a_new_svm() {
        SvmEntity entity = SvmMapper.toNewEntity(svm(SvmType.DATA, new CifsServer(new CifsServerName("SMB_SERVER01"))));

        assertEquals(UUID.value(), entity.uuid);
        assertEquals("svm1", entity.name);
        assertEquals("DATA", entity.type);
        assertEquals(DOMAIN_SID.value(), entity.domainSid);
        assertEquals("SMB_SERVER01", entity.cifsServerName);
    }

    @Test
    void stores_an_svm_without_a_cifs_server_as_null() {
        assertNull(SvmMapper.toNewEntity(svm(SvmType.ADMIN, null)).cifsServerName);
    }

    @Test
    void copies_a_new_cifs_server_onto_a_stored_svm_without_touching_its_rid_counter() {
        SvmEntity stored = SvmMapper.toNewEntity(svm(SvmType.DATA, null));
        stored.nextRid = 1042;

        SvmMapper.copyState(svm(SvmType.DATA, new CifsServer(new CifsServerName("smb_server02"))), stored);

        assertEquals("SMB_SERVER02", stored.cifsServerName);
        assertEquals(1042L, stored.nextRid);
    }

    @Test
    void reloads_a_stored_svm_as_it_was() {
        Svm original = svm(SvmType.DATA, new CifsServer(new CifsServerName("SMB_SERVER01")));

        Svm reloaded = SvmMapper.toDomain(SvmMapper.toNewEntity(original));

        assertEquals(original.uuid(), reloaded.uuid());
        assertEquals(original.name(), reloaded.name());
        assertEquals(SvmType.DATA, reloaded.type());
        assertEquals(original.domainSid(), reloaded.domainSid());
        assertEquals(original.cifsServer(), reloaded.cifsServer());
    }

    @Test
    void reloads_an_svm_without_a_cifs_server() {
        Svm reloaded = SvmMapper.toDomain(SvmMapper.toNewEntity(svm(SvmType.ADMIN, null)));

        assertEquals(SvmType.ADMIN, reloaded.type());
        assertTrue(reloaded.cifsServer().isEmpty());
    }
}
