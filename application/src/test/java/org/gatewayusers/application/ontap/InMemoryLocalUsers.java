package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The local users in a map. Like the database's unique constraint, it refuses a second user of the same
 * {@link LocalUserName#key()} on an SVM with {@code USER_EXISTS}, whatever the caller checked before.
 */
public final class InMemoryLocalUsers implements LocalUsers {

    private final Map<SvmUuid, Map<String, LocalUser>> users = new LinkedHashMap<>();

    public InMemoryLocalUsers(LocalUser... users) {
        for (LocalUser user : users) {
            add(user);
        }
    }

    @Override
    public boolean existsNamed(SvmUuid svm, LocalUserName name) {
        return on(svm).containsKey(name.key());
    }

    @Override
    public void add(LocalUser user) {
        Map<String, LocalUser> onSvm = users.computeIfAbsent(user.svm(), svm -> new LinkedHashMap<>());
        if (onSvm.containsKey(user.name().key())) {
            throw new OntapRejection(USER_EXISTS, "name");
        }
        if (onSvm.values().stream().anyMatch(other -> other.sid().equals(user.sid()))) {
            throw new IllegalStateException("a user with this SID is stored already: " + user.sid());
        }
        onSvm.put(user.name().key(), user);
    }

    @Override
    public Optional<LocalUser> withSid(SvmUuid svm, Sid sid) {
        return on(svm).values().stream().filter(user -> user.sid().equals(sid)).findFirst();
    }

    public Optional<LocalUser> named(SvmUuid svm, LocalUserName name) {
        return Optional.ofNullable(on(svm).get(name.key()));
    }

    /** Every user of every SVM, in the order they were added. */
    public List<LocalUser> all() {
        return users.values().stream().flatMap(onSvm -> onSvm.values().stream()).toList();
    }

    public List<LocalUser> of(SvmUuid svm) {
        return List.copyOf(on(svm).values());
    }

    private Map<String, LocalUser> on(SvmUuid svm) {
        return users.getOrDefault(svm, Map.of());
    }
}
