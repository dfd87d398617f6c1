package org.gatewayusers.domain.ontap;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/** An SVM (vserver) name: 1-47 characters, a letter or underscore first, then letters, digits, '.', '-', '_'. */
public record SvmName(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,46}");

    public SvmName {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new OntapRejection(OntapRejection.Reason.SVM_NAME_INVALID, Subject.NAME);
        }
    }

    public static SvmName parse(String raw) {
        if (raw == null) {
            throw new OntapRejection(OntapRejection.Reason.SVM_NAME_INVALID, Subject.NAME, "missing");
        }
        return new SvmName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
