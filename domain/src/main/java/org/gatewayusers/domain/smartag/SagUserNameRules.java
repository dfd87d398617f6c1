package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_INVALID;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The {@code UserName} rules of CreateSmartAccessGatewayClientUser, one method per rule, in the page's order: "名称长度为
 * 7~33 个字符,必须以大小写字母或数字开头,可以包含下划线(_)、at(@)、半角句号(.)和短划线(-)" (7 to 33 characters, a letter
 * or digit first, then letters, digits, {@code _ @ . -}). An empty name has its own code (ClientUser.NameEmpty);
 * that the name is unique per instance is for the store to say ({@code USER_EXISTS}).
 */
public final class SagUserNameRules {

    public static final int MIN_LENGTH = 7;
    public static final int MAX_LENGTH = 33;

    private SagUserNameRules() {
    }

    public static void check(String name) {
        check(name, Subject.USER_NAME);
    }

    /** The rules for a name taken from another parameter (the mail address that becomes the name), blaming it. */
    public static void check(String name, Subject subject) {
        isNotEmpty(name, subject);
        hasSevenToThirtyThreeCharacters(name, subject);
        startsWithALetterOrDigit(name, subject);
        holdsOnlyLettersDigitsUnderscoresAtSignsPeriodsAndHyphens(name, subject);
    }

    public static void isNotEmpty(String name, Subject subject) {
        if (name == null || name.isEmpty()) {
            throw new SmartagRejection(NAME_EMPTY, subject);
        }
    }

    public static void hasSevenToThirtyThreeCharacters(String name, Subject subject) {
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new SmartagRejection(NAME_INVALID, subject);
        }
    }

    public static void startsWithALetterOrDigit(String name, Subject subject) {
        if (!isLetterOrDigit(name.charAt(0))) {
            throw new SmartagRejection(NAME_INVALID, subject);
        }
    }

    public static void holdsOnlyLettersDigitsUnderscoresAtSignsPeriodsAndHyphens(String name, Subject subject) {
        if (!name.chars().allMatch(c -> isLetterOrDigit(c) || c == '_' || c == '@' || c == '.' || c == '-')) {
            throw new SmartagRejection(NAME_INVALID, subject);
        }
    }

    static boolean isLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
