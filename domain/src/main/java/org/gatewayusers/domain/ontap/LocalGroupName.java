package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_IN_BUILTIN_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;

import java.util.Locale;
import java.util.Objects;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/**
 * A local group's name qualified by its domain: the SVM's local domain ({@code SMB_SERVER01\group})
 * or, for the groups that come with every CIFS server, {@code BUILTIN}. Names compare without case.
 */
public record LocalGroupName(String domain, String group) {

    public static final String BUILTIN = "BUILTIN";
    public static final int MAX_LENGTH = 256;

    public LocalGroupName {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(group, "group");
        nameIsNotBlank(group);
        nameHasAtMost256Characters(group);
        nameHasNoIllegalCharacters(group);
    }

    /** A name as a client wrote it for a new group, short or qualified, read in the SVM's local domain. */
    public static LocalGroupName parse(String raw, CifsServerName localDomain) {
        if (raw == null) {
            throw new OntapRejection(GROUP_NAME_MISSING, Subject.NAME);
        }
        nameIsNotBlank(raw);
        int separator = raw.indexOf(LocalUserName.SEPARATOR);
        if (separator < 0) {
            return new LocalGroupName(localDomain.value(), raw);
        }
        String domain = raw.substring(0, separator);
        if (domain.equalsIgnoreCase(BUILTIN)) {
            throw new OntapRejection(GROUP_IN_BUILTIN_DOMAIN, Subject.NAME);
        }
        if (!domain.equalsIgnoreCase(localDomain.value())) {
            throw new OntapRejection(UNKNOWN_LOCAL_DOMAIN, Subject.NAME);
        }
        return new LocalGroupName(localDomain.value(), raw.substring(separator + 1));
    }

    /** Reads a name that may denote a built-in group as well, for look-ups. */
    public static LocalGroupName lookUp(String raw, CifsServerName localDomain) {
        int separator = raw.indexOf(LocalUserName.SEPARATOR);
        if (separator >= 0 && raw.substring(0, separator).equalsIgnoreCase(BUILTIN)) {
            return builtin(raw.substring(separator + 1));
        }
        return parse(raw, localDomain);
    }

    public static LocalGroupName builtin(String group) {
        return new LocalGroupName(BUILTIN, group);
    }

    public boolean isBuiltin() {
        return BUILTIN.equals(domain);
    }

    public String key() {
        return qualified().toUpperCase(Locale.ROOT);
    }

    public String qualified() {
        return domain + LocalUserName.SEPARATOR + group;
    }

    private static void nameIsNotBlank(String group) {
        if (group.isBlank()) {
            throw new OntapRejection(GROUP_NAME_BLANK, Subject.NAME);
        }
    }

    private static void nameHasAtMost256Characters(String group) {
        if (group.codePointCount(0, group.length()) > MAX_LENGTH) {
            throw new OntapRejection(GROUP_NAME_TOO_LONG, Subject.NAME);
        }
    }

    private static void nameHasNoIllegalCharacters(String group) {
        if (LocalUserRules.hasIllegalCharacter(group)) {
            throw new OntapRejection(GROUP_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME);
        }
    }

    @Override
    public String toString() {
        return qualified();
    }
}
