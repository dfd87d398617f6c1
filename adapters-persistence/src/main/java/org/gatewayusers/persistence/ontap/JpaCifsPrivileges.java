package org.gatewayusers.persistence.ontap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatewayusers.application.ontap.CifsPrivileges;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The table {@code cifs_privilege}, a row per holder and privilege, written with plain SQL: an add inserts only the
 * rows not there yet, a replace deletes the holder's rows and inserts the new ones, both in the caller's transaction.
 * The foreign keys to the user and group tables delete a holder's rows with the holder.
 */
@ApplicationScoped
class JpaCifsPrivileges implements CifsPrivileges {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Set<CifsPrivilege> of(SvmUuid svm, Sid sid) {
        Set<CifsPrivilege> held = EnumSet.noneOf(CifsPrivilege.class);
        for (Object privilege : em.createNativeQuery(
                "SELECT privilege FROM cifs_privilege WHERE svm_uuid = ?1 AND holder_sid = ?2")
                .setParameter(1, svm.value()).setParameter(2, sid.value()).getResultList()) {
            held.add(CifsPrivilege.valueOf((String) privilege));
        }
        return held;
    }

    @Override
    public List<Grant> all() {
        Map<List<String>, Set<CifsPrivilege>> byHolder = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("SELECT svm_uuid, holder_sid, privilege FROM cifs_privilege"
                + " ORDER BY svm_uuid, holder_sid, privilege").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byHolder.computeIfAbsent(List.of((String) columns[0], (String) columns[1]),
                    key -> EnumSet.noneOf(CifsPrivilege.class)).add(CifsPrivilege.valueOf((String) columns[2]));
        }
        List<Grant> grants = new ArrayList<>();
        byHolder.forEach((key, privileges) -> grants.add(
                new Grant(new SvmUuid(key.get(0)), new Sid(key.get(1)), privileges)));
        return grants;
    }

    @Override
    public void add(Holder holder, Set<CifsPrivilege> privileges) {
        for (CifsPrivilege privilege : privileges) {
            em.createNativeQuery("INSERT INTO cifs_privilege (svm_uuid, holder_sid, user_sid, group_sid, privilege)"
                    + " SELECT CAST(?1 AS VARCHAR(36)), CAST(?2 AS VARCHAR(184)), CAST(?3 AS VARCHAR(184)),"
                    + " CAST(?4 AS VARCHAR(184)), CAST(?5 AS VARCHAR(32)) WHERE NOT EXISTS (SELECT 1 FROM cifs_privilege"
                    + " WHERE svm_uuid = ?1 AND holder_sid = ?2 AND privilege = ?5)")
                    .setParameter(1, holder.svm().value())
                    .setParameter(2, holder.sid().value())
                    .setParameter(3, holder.group() ? null : holder.sid().value())
                    .setParameter(4, holder.group() ? holder.sid().value() : null)
                    .setParameter(5, privilege.name())
                    .executeUpdate();
        }
    }

    @Override
    public void replace(Holder holder, Set<CifsPrivilege> privileges) {
        em.createNativeQuery("DELETE FROM cifs_privilege WHERE svm_uuid = ?1 AND holder_sid = ?2")
                .setParameter(1, holder.svm().value()).setParameter(2, holder.sid().value()).executeUpdate();
        add(holder, privileges);
    }
}
