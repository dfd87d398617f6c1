package org.gatewayusers.persistence.shared.smbexport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gatewayusers.application.shared.smbexport.SmbAccountExport;
import org.gatewayusers.application.shared.smbexport.SmbAccountExports;

/**
 * The stored SMB accounts of an SVM's CIFS server or of a file gateway, read with a few SQL statements over the
 * tables of both contexts (their names and columns, not their classes: this package belongs to no context). Only
 * NT-hash credentials are exported; an ONTAP export holds the SVM's own local groups, not the {@code BUILTIN} ones.
 * Nothing here is cached, so every server on the database answers from what is committed.
 */
@ApplicationScoped
class JpaSmbAccountExports implements SmbAccountExports {

    static final String NT = "NT";

    /** ONTAP qualifies local names with the local domain: {@code SMB_SERVER01\alex}. */
    private static final char DOMAIN_SEPARATOR = '\\';

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<SmbAccountExport> ofCifsServer(String svmUuid) {
        List<?> servers = em.createNativeQuery(
                        "SELECT cifs_server_name FROM svm WHERE uuid = ?1 AND svm_type = 'DATA' AND cifs_server_name IS NOT NULL")
                .setParameter(1, svmUuid)
                .getResultList();
        if (servers.isEmpty()) {
            return Optional.empty();
        }
        String domain = (String) servers.get(0);
        List<SmbAccountExport.Account> accounts = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT name, rid, credential_hash, account_disabled, credential_changed_at"
                        + " FROM cifs_local_user WHERE svm_uuid = ?1 AND credential_scheme = ?2 ORDER BY rid")
                .setParameter(1, svmUuid)
                .setParameter(2, NT)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            accounts.add(new SmbAccountExport.Account(shortName((String) columns[0]),
                    OptionalLong.of(((Number) columns[1]).longValue()), (String) columns[2], (Boolean) columns[3],
                    Instant.ofEpochSecond(((Number) columns[4]).longValue())));
        }
        Map<String, GroupRow> groups = new LinkedHashMap<>();
        String ownDomain = domain + DOMAIN_SEPARATOR;
        for (Object row : em.createNativeQuery("SELECT sid, name FROM cifs_local_group WHERE svm_uuid = ?1")
                .setParameter(1, svmUuid)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            String name = (String) columns[1];
            if (name.regionMatches(true, 0, ownDomain, 0, ownDomain.length())) {
                groups.put((String) columns[0], new GroupRow(shortName(name), rid((String) columns[0]), new ArrayList<>()));
            }
        }
        for (Object row : em.createNativeQuery("SELECT m.group_sid, u.name FROM cifs_group_member m"
                        + " JOIN cifs_local_user u ON u.svm_uuid = m.svm_uuid AND u.sid = m.member_sid"
                        + " WHERE m.svm_uuid = ?1 ORDER BY u.rid")
                .setParameter(1, svmUuid)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            GroupRow group = groups.get((String) columns[0]);
            if (group != null) {
                group.members.add(shortName((String) columns[1]));
            }
        }
        return Optional.of(new SmbAccountExport(domain, accounts, groups.values().stream()
                .sorted(Comparator.comparingLong(GroupRow::rid))
                .map(group -> new SmbAccountExport.Group(group.name, group.rid, group.members))
                .toList()));
    }

    @Override
    public Optional<SmbAccountExport> ofFileGateway(String gatewayId) {
        if (em.createNativeQuery("SELECT id FROM sgw_gateway WHERE id = ?1 AND gateway_type = 'FILE'")
                .setParameter(1, gatewayId)
                .getResultList()
                .isEmpty()) {
            return Optional.empty();
        }
        List<SmbAccountExport.Account> accounts = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT name, credential_hash, credential_changed_at FROM sgw_smb_user"
                        + " WHERE gateway_id = ?1 AND credential_scheme = ?2 ORDER BY name_key")
                .setParameter(1, gatewayId)
                .setParameter(2, NT)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            accounts.add(new SmbAccountExport.Account((String) columns[0], OptionalLong.empty(), (String) columns[1],
                    false, Instant.ofEpochSecond(((Number) columns[2]).longValue())));
        }
        return Optional.of(new SmbAccountExport(gatewayId, accounts, List.of()));
    }

    private static String shortName(String qualified) {
        return qualified.substring(qualified.indexOf(DOMAIN_SEPARATOR) + 1);
    }

    private static long rid(String sid) {
        return Long.parseLong(sid.substring(sid.lastIndexOf('-') + 1));
    }

    private record GroupRow(String name, long rid, List<String> members) {
    }
}
