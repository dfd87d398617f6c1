package org.gatewayusers.domain.ontap;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/**
 * The NetBIOS name of an SVM's CIFS server, which is also the local domain of the SVM's users:
 * 1-15 characters, letters, digits and {@code ! # $ % & ' ( ) - . ^ _ { } ~}, not all digits,
 * not starting with a period, not {@code BUILTIN} (a reserved NetBIOS word, and the domain of the built-in
 * groups, which a local domain must not be mistaken for), not {@code ADMINISTRATOR} (the built-in user every
 * CIFS server brings, whose name must differ from the server's); stored in upper case as ONTAP does.
 */
public record CifsServerName(String value) {

    public static final int MAX_LENGTH = 15;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9!#$%&'()\\-^_{}~][A-Za-z0-9!#$%&'()\\-.^_{}~]{0,14}");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

    public CifsServerName {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches() || ALL_DIGITS.matcher(value).matches()
                || value.equalsIgnoreCase(LocalGroupName.BUILTIN) || value.equalsIgnoreCase(LocalUser.ADMINISTRATOR)) {
            throw new OntapRejection(OntapRejection.Reason.CIFS_SERVER_NAME_INVALID, Subject.NAME);
        }
        value = value.toUpperCase(Locale.ROOT);
    }

    public static CifsServerName parse(String raw) {
        if (raw == null) {
            throw new OntapRejection(OntapRejection.Reason.CIFS_SERVER_NAME_INVALID, Subject.NAME, "missing");
        }
        return new CifsServerName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
