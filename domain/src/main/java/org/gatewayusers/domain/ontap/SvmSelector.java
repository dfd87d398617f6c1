package org.gatewayusers.domain.ontap;

import java.util.Optional;

/** How a request names its SVM: by UUID, by name, or both (which must then agree). */
public record SvmSelector(Optional<String> uuid, Optional<String> name) {

    public SvmSelector {
        uuid = uuid.filter(u -> !u.isBlank());
        name = name.filter(n -> !n.isBlank());
        if (uuid.isEmpty() && name.isEmpty()) {
            throw new OntapRejection(OntapRejection.Reason.SVM_NOT_GIVEN, "svm.uuid");
        }
    }

    public static SvmSelector of(String uuid, String name) {
        return new SvmSelector(Optional.ofNullable(uuid), Optional.ofNullable(name));
    }

    public static SvmSelector byUuid(String uuid) {
        return of(uuid, null);
    }

    public static SvmSelector byName(String name) {
        return of(null, name);
    }

    /** The field to blame when no SVM answers to this selector. */
    public String field() {
        return uuid.isPresent() ? "svm.uuid" : "svm.name";
    }
}
