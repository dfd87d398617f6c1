package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_USERNAME;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_USERNAME;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/**
 * The {@code Username} rules of Cloud Storage Gateway's CreateGatewaySMBUser page, one method per rule, in the
 * page's order: "The username must be 1 to 32 characters in length and can contain letters, digits, hyphens (-),
 * and underscores (_)." An empty name has its own code (EmptySMBUserName).
 */
public final class SmbUserNameRules {

    public static final int MAX_LENGTH = 32;

    private SmbUserNameRules() {
    }

    public static void check(String username) {
        isNotEmpty(username);
        hasOneToThirtyTwoCharacters(username);
        holdsOnlyLettersDigitsHyphensAndUnderscores(username);
    }

    public static void isNotEmpty(String username) {
        if (username == null || username.isEmpty()) {
            throw new SgwRejection(EMPTY_USERNAME, Subject.SMB_USER_NAME);
        }
    }

    public static void hasOneToThirtyTwoCharacters(String username) {
        int length = username.codePointCount(0, username.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new SgwRejection(INVALID_USERNAME, Subject.SMB_USER_NAME);
        }
    }

    public static void holdsOnlyLettersDigitsHyphensAndUnderscores(String username) {
        if (!username.chars().allMatch(SmbUserNameRules::isAllowed)) {
            throw new SgwRejection(INVALID_USERNAME, Subject.SMB_USER_NAME);
        }
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
