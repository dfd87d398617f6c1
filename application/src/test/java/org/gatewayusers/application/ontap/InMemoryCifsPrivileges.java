package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/** {@link CifsPrivileges} in memory, for the use case tests. */
public final class InMemoryCifsPrivileges implements CifsPrivileges {

    private record Key(SvmUuid svm, Sid sid) {
    }

    private final Map<Key, Set<CifsPrivilege>> grants = new LinkedHashMap<>();

    @Override
    public Set<CifsPrivilege> of(SvmUuid svm, Sid sid) {
        return grants.getOrDefault(new Key(svm, sid), Set.of());
    }

    @Override
    public List<Grant> all() {
        List<Grant> all = new ArrayList<>();
        grants.forEach((key, privileges) -> all.add(new Grant(key.svm(), key.sid(), privileges)));
        all.sort(Comparator.comparing((Grant grant) -> grant.svm().value()).thenComparing(grant -> grant.sid().value()));
        return all;
    }

    @Override
    public void add(Holder holder, Set<CifsPrivilege> privileges) {
        Set<CifsPrivilege> held = java.util.EnumSet.noneOf(CifsPrivilege.class);
        held.addAll(of(holder.svm(), holder.sid()));
        held.addAll(privileges);
        replace(holder, held);
    }

    @Override
    public void replace(Holder holder, Set<CifsPrivilege> privileges) {
        Key key = new Key(holder.svm(), holder.sid());
        if (privileges.isEmpty()) {
            grants.remove(key);
        } else {
            grants.put(key, Set.copyOf(privileges));
        }
    }
}
