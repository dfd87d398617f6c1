package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.InMemoryQueries;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The local groups, with their members, in a map. Like the database's unique constraint, it refuses a second group
 * of the same {@link LocalGroupName#key()} on an SVM with {@code GROUP_EXISTS}, whatever the caller checked before,
 * on an add and on an update (a rename) alike. A group is known by its SID: an update or a remove of a SID it does
 * not hold is a bug of the caller, not a rejection.
 */
public final class InMemoryLocalGroups implements LocalGroups {

    /** SID order within an SVM: the BUILTIN groups (RIDs 544-551) before the local ones (1000 and up). */
    private static final Comparator<LocalGroup> BY_RID =
            Comparator.<LocalGroup>comparingLong(group -> group.sid().rid().value()).thenComparing(group -> group.sid().value());

    private final Map<SvmUuid, Map<String, LocalGroup>> groups = new LinkedHashMap<>();

    public InMemoryLocalGroups(LocalGroup... groups) {
        for (LocalGroup group : groups) {
            add(group);
        }
    }

    @Override
    public boolean existsNamed(SvmUuid svm, LocalGroupName name) {
        return on(svm).containsKey(name.key());
    }

    @Override
    public void add(LocalGroup group) {
        Map<String, LocalGroup> onSvm = groups.computeIfAbsent(group.svm(), svm -> new LinkedHashMap<>());
        if (onSvm.containsKey(group.name().key())) {
            throw new OntapRejection(GROUP_EXISTS, Subject.NAME);
        }
        if (onSvm.values().stream().anyMatch(other -> other.sid().equals(group.sid()))) {
            throw new IllegalStateException("a group with this SID is stored already: " + group.sid());
        }
        onSvm.put(group.name().key(), group);
    }

    @Override
    public Optional<LocalGroup> withSid(SvmUuid svm, Sid sid) {
        return on(svm).values().stream().filter(group -> group.sid().equals(sid)).findFirst();
    }

    @Override
    public Optional<LocalGroup> named(SvmUuid svm, LocalGroupName name) {
        return Optional.ofNullable(on(svm).get(name.key()));
    }

    public List<LocalGroup> ofSvm(SvmUuid svm) {
        return on(svm).values().stream().sorted(BY_RID).toList();
    }

    @Override
    public long removeAllOf(SvmUuid svm) {
        List<LocalGroup> ofSvm = ofSvm(svm);
        ofSvm.forEach(this::remove);
        return ofSvm.size();
    }

    @Override
    public void update(LocalGroup group) {
        withSid(group.svm(), group.sid()).orElseThrow(() -> new IllegalStateException("no group to update: " + group.sid()));
        Map<String, LocalGroup> onSvm = groups.get(group.svm());
        LocalGroup holder = onSvm.get(group.name().key());
        if (holder != null && !holder.sid().equals(group.sid())) {
            throw new OntapRejection(GROUP_EXISTS, Subject.NAME);
        }
        Map<String, LocalGroup> updated = new LinkedHashMap<>();
        onSvm.forEach((key, stored) -> {
            if (stored.sid().equals(group.sid())) {
                updated.put(group.name().key(), group);
            } else {
                updated.put(key, stored);
            }
        });
        onSvm.clear();
        onSvm.putAll(updated);
    }

    @Override
    public void remove(LocalGroup group) {
        LocalGroup stored = withSid(group.svm(), group.sid())
                .orElseThrow(() -> new IllegalStateException("no group to remove: " + group.sid()));
        groups.get(group.svm()).remove(stored.name().key());
    }

    /**
     * The query answered over the fields a group holds itself; a filter or order on the SVM's name or the members is
     * beyond this fake (the JPA adapter's tests cover them).
     */
    @Override
    public List<LocalGroup> find(RecordQuery<LocalGroupField> query) {
        return InMemoryQueries.find(all().stream().sorted(BY_RID).toList(), query, InMemoryLocalGroups::valuesOf);
    }

    @Override
    public long count(RecordQuery<LocalGroupField> query) {
        return InMemoryQueries.count(all(), query, InMemoryLocalGroups::valuesOf);
    }

    private static List<String> valuesOf(LocalGroup group, LocalGroupField field) {
        String value = switch (field) {
            case NAME -> group.name().qualified();
            case DESCRIPTION -> group.description();
            case SID -> group.sid().value();
            case SVM_UUID -> group.svm().value();
            case SVM_NAME, MEMBERS_NAME -> throw new UnsupportedOperationException("the fake holds no " + field);
        };
        return value == null ? List.of() : List.of(value);
    }

    /** Every group of every SVM, in the order they were added. */
    public List<LocalGroup> all() {
        return groups.values().stream().flatMap(onSvm -> onSvm.values().stream()).toList();
    }

    /** The stored group of this SID on the SVM, or a failed test. */
    public LocalGroup stored(SvmUuid svm, Sid sid) {
        return withSid(svm, sid).orElseThrow(() -> new AssertionError("no group " + sid + " stored"));
    }

    private Map<String, LocalGroup> on(SvmUuid svm) {
        return groups.getOrDefault(svm, Map.of());
    }
}
