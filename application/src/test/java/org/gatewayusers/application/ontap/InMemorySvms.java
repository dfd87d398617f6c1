package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.InMemoryQueries;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmType;
import org.gatewayusers.domain.ontap.SvmUuid;

/** The SVMs in a map, with the unique name a database would enforce. */
public final class InMemorySvms implements Svms {

    private final Map<SvmUuid, Svm> svms = new LinkedHashMap<>();

    public InMemorySvms(Svm... svms) {
        for (Svm svm : svms) {
            add(svm);
        }
    }

    @Override
    public Optional<Svm> withUuid(SvmUuid uuid) {
        return Optional.ofNullable(svms.get(uuid));
    }

    @Override
    public Optional<Svm> named(String name) {
        return svms.values().stream().filter(svm -> svm.name().value().equals(name)).findFirst();
    }

    public List<Svm> all() {
        return List.copyOf(svms.values());
    }

    @Override
    public List<Svm> find(RecordQuery<SvmField> query) {
        return InMemoryQueries.find(dataSvms(), query, InMemorySvms::valuesOf);
    }

    @Override
    public long count(RecordQuery<SvmField> query) {
        return InMemoryQueries.count(dataSvms(), query, InMemorySvms::valuesOf);
    }

    @Override
    public List<Svm> findWithCifsServer(RecordQuery<CifsServiceField> query) {
        return InMemoryQueries.find(withCifsServer(), query, InMemorySvms::cifsValuesOf);
    }

    @Override
    public long countWithCifsServer(RecordQuery<CifsServiceField> query) {
        return InMemoryQueries.count(withCifsServer(), query, InMemorySvms::cifsValuesOf);
    }

    private List<Svm> dataSvms() {
        return svms.values().stream().filter(svm -> svm.type() == SvmType.DATA).toList();
    }

    private List<Svm> withCifsServer() {
        return dataSvms().stream().filter(svm -> svm.cifsServer().isPresent()).toList();
    }

    private static List<String> valuesOf(Svm svm, SvmField field) {
        return switch (field) {
            case UUID -> List.of(svm.uuid().value());
            case NAME -> List.of(svm.name().value());
            case COMMENT -> svm.comment().stream().toList();
        };
    }

    private static List<String> cifsValuesOf(Svm svm, CifsServiceField field) {
        return switch (field) {
            case SVM_UUID -> List.of(svm.uuid().value());
            case SVM_NAME -> List.of(svm.name().value());
            case NAME -> List.of(svm.cifsServer().orElseThrow().name().toString());
        };
    }

    @Override
    public void add(Svm svm) {
        if (named(svm.name().value()).isPresent()) {
            throw new OntapRejection(SVM_EXISTS, Subject.NAME);
        }
        if (svms.containsKey(svm.uuid())) {
            throw new IllegalStateException("an SVM with this UUID is stored already: " + svm.uuid());
        }
        svms.put(svm.uuid(), svm);
    }

    @Override
    public void update(Svm svm) {
        if (!svms.containsKey(svm.uuid())) {
            throw new IllegalStateException("no SVM to update: " + svm.uuid());
        }
        if (named(svm.name().value()).filter(other -> !other.uuid().equals(svm.uuid())).isPresent()) {
            throw new OntapRejection(SVM_EXISTS, Subject.NAME);
        }
        svms.put(svm.uuid(), svm);
    }

    @Override
    public void remove(Svm svm) {
        if (svms.remove(svm.uuid()) == null) {
            throw new IllegalStateException("no SVM to remove: " + svm.uuid());
        }
    }

    public int count() {
        return svms.size();
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        svms.values().forEach(svm -> names.add(svm.name().value()));
        return names;
    }
}
