package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_CONTAINS_NAME;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_TOO_LONG;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_TOO_SIMPLE;

import java.util.Locale;
import org.gatewayusers.domain.shared.Password;

/**
 * The password rules of an API account, those of ONTAP's default login role configuration: at least 8
 * characters, at least one letter and one digit, not the account name; and at most 128 characters, so that
 * hashing a password stays cheap. Any Unicode character is allowed: clients send UTF-8.
 */
public final class ApiAccountPasswordComplexity {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private ApiAccountPasswordComplexity() {
    }

    public static void check(Password password, ApiAccountName name) {
        hasAtLeast8Characters(password);
        hasAtMost128Characters(password);
        hasALetterAndADigit(password);
        doesNotContainTheAccountName(password, name);
    }

    static void hasAtLeast8Characters(Password password) {
        if (password.length() < MIN_LENGTH) {
            throw new AccessRejection(ACCOUNT_PASSWORD_TOO_SHORT, AccessRejection.Subject.PASSWORD);
        }
    }

    static void hasAtMost128Characters(Password password) {
        if (password.length() > MAX_LENGTH) {
            throw new AccessRejection(ACCOUNT_PASSWORD_TOO_LONG, AccessRejection.Subject.PASSWORD);
        }
    }

    static void hasALetterAndADigit(Password password) {
        String text = password.reveal();
        boolean letter = text.codePoints().anyMatch(Character::isLetter);
        boolean digit = text.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new AccessRejection(ACCOUNT_PASSWORD_TOO_SIMPLE, AccessRejection.Subject.PASSWORD);
        }
    }

    static void doesNotContainTheAccountName(Password password, ApiAccountName name) {
        if (password.reveal().toLowerCase(Locale.ROOT).contains(name.value().toLowerCase(Locale.ROOT))) {
            throw new AccessRejection(ACCOUNT_PASSWORD_CONTAINS_NAME, AccessRejection.Subject.PASSWORD);
        }
    }
}
