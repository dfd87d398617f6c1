package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_INVALID;

import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The {@code Password} rules of CreateSmartAccessGatewayClientUser, one method per rule, in the page's order: "8~32
 * 位字符,以(A-Za-z0-9)开头,可包含数字、英文大小写、下划线(_)、at(@)、短划线(-)" (8 to 32 characters, a letter or digit
 * first, then letters, digits, {@code _ @ -}). Every break is ClientUser.PasswordInvalid.
 */
public final class SagPasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 32;

    private SagPasswordRules() {
    }

    public static void check(Password password) {
        hasEightToThirtyTwoCharacters(password);
        startsWithALetterOrDigit(password);
        holdsOnlyLettersDigitsUnderscoresAtSignsAndHyphens(password);
    }

    public static void hasEightToThirtyTwoCharacters(Password password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new SmartagRejection(PASSWORD_INVALID, Subject.PASSWORD);
        }
    }

    public static void startsWithALetterOrDigit(Password password) {
        if (!SagUserNameRules.isLetterOrDigit(password.reveal().charAt(0))) {
            throw new SmartagRejection(PASSWORD_INVALID, Subject.PASSWORD);
        }
    }

    public static void holdsOnlyLettersDigitsUnderscoresAtSignsAndHyphens(Password password) {
        if (!password.reveal().chars().allMatch(SagPasswordRules::isAllowed)) {
            throw new SmartagRejection(PASSWORD_INVALID, Subject.PASSWORD);
        }
    }

    static boolean isAllowed(int c) {
        return SagUserNameRules.isLetterOrDigit(c) || c == '_' || c == '@' || c == '-';
    }
}
