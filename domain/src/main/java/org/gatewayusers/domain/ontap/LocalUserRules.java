package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.FULL_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_ENDS_WITH_PERIOD;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MATCHES_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_TOO_LONG;

import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/**
 * The user-name and text rules of ONTAP's "Create local user configuration for an SVM" page,
 * one method per rule, in the page's order.
 */
public final class LocalUserRules {

    public static final int MAX_USER_NAME_LENGTH = 20;
    public static final int MAX_TEXT_LENGTH = 256;
    private static final String ILLEGAL_CHARACTERS = "\"/?[],:\\|<>+=;*@";

    private LocalUserRules() {
    }

    public static void nameIsGiven(String raw) {
        if (raw == null) {
            throw new OntapRejection(USER_NAME_MISSING, Subject.NAME);
        }
    }

    public static void nameIsNotBlank(String account) {
        if (account.isBlank()) {
            throw new OntapRejection(USER_NAME_BLANK, Subject.NAME);
        }
    }

    public static void nameHasAtMostTwentyCharacters(String account) {
        if (account.codePointCount(0, account.length()) > MAX_USER_NAME_LENGTH) {
            throw new OntapRejection(USER_NAME_TOO_LONG, Subject.NAME);
        }
    }

    public static void nameIsNotTerminatedByAPeriod(String account) {
        if (account.endsWith(".")) {
            throw new OntapRejection(USER_NAME_ENDS_WITH_PERIOD, Subject.NAME);
        }
    }

    public static void nameHasNoIllegalCharacters(String account) {
        if (hasIllegalCharacter(account)) {
            throw new OntapRejection(USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME);
        }
    }

    /**
     * The characters no local account name may hold, users and groups alike: the page's ASCII 1-31 and signs, and NUL,
     * which the page need not name (ONTAP's names are C strings) but which PostgreSQL cannot store in a text column.
     */
    static boolean hasIllegalCharacter(String name) {
        return name.chars().anyMatch(c -> c <= 31 || ILLEGAL_CHARACTERS.indexOf(c) >= 0);
    }

    public static void nameDiffersFromCifsServerName(String account, CifsServerName cifsServer) {
        if (account.equalsIgnoreCase(cifsServer.value())) {
            throw new OntapRejection(USER_NAME_MATCHES_CIFS_SERVER, Subject.NAME);
        }
    }

    public static void domainIsTheLocalDomain(String domain, CifsServerName localDomain) {
        if (!domain.equalsIgnoreCase(localDomain.value())) {
            throw new OntapRejection(UNKNOWN_LOCAL_DOMAIN, Subject.NAME);
        }
    }

    public static void fullNameHasAtMost256Characters(String fullName) {
        if (fullName != null && fullName.codePointCount(0, fullName.length()) > MAX_TEXT_LENGTH) {
            throw new OntapRejection(FULL_NAME_TOO_LONG, Subject.FULL_NAME);
        }
    }

    public static void descriptionHasAtMost256Characters(String description) {
        if (description != null && description.codePointCount(0, description.length()) > MAX_TEXT_LENGTH) {
            throw new OntapRejection(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION);
        }
    }
}
