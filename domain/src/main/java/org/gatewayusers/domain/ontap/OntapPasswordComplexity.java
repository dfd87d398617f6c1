package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_CONTAINS_USER_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SIMPLE;

import java.util.Locale;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.shared.Password;

/**
 * The password rules of ONTAP's "Create local user configuration for an SVM" page (the Windows
 * complexity rules), one method per rule, in the page's order.
 */
public final class OntapPasswordComplexity {

    public static final int MIN_LENGTH = 6;
    public static final int REQUIRED_CATEGORIES = 3;
    private static final String SPECIAL_CHARACTERS = "~!@#$%^&*_-+=`|\\(){}[]:;\"'<>,.?/";

    private OntapPasswordComplexity() {
    }

    public static void check(Password password, String accountName) {
        isGiven(password);
        hasAtLeastSixCharacters(password);
        doesNotContainTheAccountName(password, accountName);
        hasCharactersFromThreeOfFourCategories(password);
    }

    public static void isGiven(Password password) {
        if (password == null) {
            throw new OntapRejection(PASSWORD_MISSING, Subject.PASSWORD);
        }
    }

    public static void hasAtLeastSixCharacters(Password password) {
        if (password.length() < MIN_LENGTH) {
            throw new OntapRejection(PASSWORD_TOO_SHORT, Subject.PASSWORD);
        }
    }

    public static void doesNotContainTheAccountName(Password password, String accountName) {
        if (password.reveal().toUpperCase(Locale.ROOT).contains(accountName.toUpperCase(Locale.ROOT))) {
            throw new OntapRejection(PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD);
        }
    }

    public static void hasCharactersFromThreeOfFourCategories(Password password) {
        String value = password.reveal();
        int categories = 0;
        categories += value.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0;
        categories += value.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0;
        categories += value.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0;
        categories += value.chars().anyMatch(c -> SPECIAL_CHARACTERS.indexOf(c) >= 0) ? 1 : 0;
        if (categories < REQUIRED_CATEGORIES) {
            throw new OntapRejection(PASSWORD_TOO_SIMPLE, Subject.PASSWORD);
        }
    }
}
