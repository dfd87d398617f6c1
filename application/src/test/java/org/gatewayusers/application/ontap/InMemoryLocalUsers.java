package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.InMemoryQueries;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The local users in a map. Like the database's unique constraint, it refuses a second user of the same
 * {@link LocalUserName#key()} on an SVM with {@code USER_EXISTS}, whatever the caller checked before, on an
 * add and on an update (a rename) alike. A user is known by its SID: an update or a remove of a SID it does not
 * hold is a bug of the caller, not a rejection.
 * <p>
 * Group membership is kept by the groups ({@link InMemoryLocalGroups}), not here: {@link #remove} takes the user
 * only, so a use case that deletes a user must take it out of its groups itself, and its tests show that it does.
 */
public final class InMemoryLocalUsers implements LocalUsers {

    private static final Comparator<LocalUser> BY_RID =
            Comparator.<LocalUser>comparingLong(user -> user.sid().rid().value()).thenComparing(user -> user.sid().value());

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
            throw new OntapRejection(USER_EXISTS, Subject.NAME);
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

    @Override
    public Optional<LocalUser> named(SvmUuid svm, LocalUserName name) {
        return Optional.ofNullable(on(svm).get(name.key()));
    }

    /** The users of one SVM, by RID (so the Administrator, RID 500, comes first). */
    public List<LocalUser> ofSvm(SvmUuid svm) {
        return on(svm).values().stream().sorted(BY_RID).toList();
    }

    @Override
    public long removeAllOf(SvmUuid svm) {
        List<LocalUser> ofSvm = ofSvm(svm);
        ofSvm.forEach(this::remove);
        return ofSvm.size();
    }

    @Override
    public void update(LocalUser user) {
        withSid(user.svm(), user.sid()).orElseThrow(() -> new IllegalStateException("no user to update: " + user.sid()));
        Map<String, LocalUser> onSvm = users.get(user.svm());
        LocalUser holder = onSvm.get(user.name().key());
        if (holder != null && !holder.sid().equals(user.sid())) {
            throw new OntapRejection(USER_EXISTS, Subject.NAME);
        }
        Map<String, LocalUser> updated = new LinkedHashMap<>();
        onSvm.forEach((key, stored) -> {
            if (stored.sid().equals(user.sid())) {
                updated.put(user.name().key(), user);
            } else {
                updated.put(key, stored);
            }
        });
        onSvm.clear();
        onSvm.putAll(updated);
    }

    @Override
    public void remove(LocalUser user) {
        LocalUser stored = withSid(user.svm(), user.sid())
                .orElseThrow(() -> new IllegalStateException("no user to remove: " + user.sid()));
        users.get(user.svm()).remove(stored.name().key());
    }

    /** Every user of every SVM, in the order they were added. */
    public List<LocalUser> all() {
        return users.values().stream().flatMap(onSvm -> onSvm.values().stream()).toList();
    }

    /** The users of one SVM, in the order they were added. */
    public List<LocalUser> of(SvmUuid svm) {
        return List.copyOf(on(svm).values());
    }

    private Map<String, LocalUser> on(SvmUuid svm) {
        return users.getOrDefault(svm, Map.of());
    }

    /**
     * The query answered over the fields a user holds itself; a filter or order on the SVM's name or the user's
     * groups is beyond this fake (the JPA adapter's tests cover them).
     */
    @Override
    public List<LocalUser> find(RecordQuery<LocalUserField> query) {
        return InMemoryQueries.find(all().stream().sorted(BY_RID).toList(), query, InMemoryLocalUsers::valuesOf);
    }

    @Override
    public long changeAll(RecordQuery<LocalUserField> query, PlainLocalUserChanges changes) {
        List<LocalUser> matches = all().stream().filter(user -> query.matches(field -> valuesOf(user, field))).toList();
        for (LocalUser user : matches) {
            LocalUser changed = user;
            if (changes.fullName().isPresent()) {
                changed = changed.withFullName(changes.fullName().get().orElse(null));
            }
            if (changes.description().isPresent()) {
                changed = changed.describedAs(changes.description().get().orElse(null));
            }
            changed = changes.accountDisabled().map(changed::withAccountDisabled).orElse(changed);
            update(changed);
        }
        return matches.size();
    }

    /** Removes the matches; their places in groups are the groups' (see the class comment). */
    @Override
    public long removeAll(RecordQuery<LocalUserField> query) {
        List<LocalUser> matches = all().stream().filter(user -> query.matches(field -> valuesOf(user, field))).toList();
        matches.forEach(this::remove);
        return matches.size();
    }

    @Override
    public long count(RecordQuery<LocalUserField> query) {
        return InMemoryQueries.count(all(), query, InMemoryLocalUsers::valuesOf);
    }

    private static List<String> valuesOf(LocalUser user, LocalUserField field) {
        String value = switch (field) {
            case NAME -> user.name().qualified();
            case FULL_NAME -> user.fullName();
            case DESCRIPTION -> user.description();
            case SID -> user.sid().value();
            case ACCOUNT_DISABLED -> Boolean.toString(user.accountDisabled());
            case SVM_UUID -> user.svm().value();
            case SVM_NAME, MEMBERSHIP_NAME, MEMBERSHIP_SID ->
                    throw new UnsupportedOperationException("the fake holds no " + field);
        };
        return value == null ? List.of() : List.of(value);
    }
}
