package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_PASSWORD;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_PASSWORD;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.Password;

/**
 * The {@code Password} rules of Cloud Storage Gateway's CreateGatewaySMBUser page, one method per rule, in the
 * page's order: "The password cannot be empty. The password can contain letters, digits, and the following special
 * characters: !, @, #, $, %, ^, &amp;, and *."
 */
public final class SmbPasswordCharset {

    public static final String SPECIAL_CHARACTERS = "!@#$%^&*";

    private SmbPasswordCharset() {
    }

    public static void check(Password password) {
        cannotBeEmpty(password);
        holdsOnlyLettersDigitsAndTheListedSpecialCharacters(password);
    }

    public static void cannotBeEmpty(Password password) {
        if (password == null || password.reveal().isEmpty()) {
            throw new SgwRejection(EMPTY_PASSWORD, Subject.SMB_PASSWORD);
        }
    }

    public static void holdsOnlyLettersDigitsAndTheListedSpecialCharacters(Password password) {
        if (!password.reveal().chars().allMatch(SmbPasswordCharset::isAllowed)) {
            throw new SgwRejection(INVALID_PASSWORD, Subject.SMB_PASSWORD);
        }
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || SPECIAL_CHARACTERS.indexOf(c) >= 0;
    }
}
