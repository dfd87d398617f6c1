package org.gatewayusers.domain.ontap;

import java.util.Optional;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/** How a request names its SVM: by UUID, by name, or both (which must then agree). */
public record SvmSelector(Optional<String> uuid, Optional<String> name) {

    public SvmSelector {
        uuid = uuid.filter(u -> !u.isBlank());
        name = name.filter(n -> !n.isBlank());
        if (uuid.isEmpty() && name.isEmpty()) {
            throw new OntapRejection(OntapRejection.Reason.SVM_NOT_GIVEN, Subject.SVM_BY_UUID);
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

    /** What to blame when no SVM answers to this selector: the SVM as the request names it. */
    public Subject subject() {
        return uuid.isPresent() ? Subject.SVM_BY_UUID : Subject.SVM_BY_NAME;
    }
}
