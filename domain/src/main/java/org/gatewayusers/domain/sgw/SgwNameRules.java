package org.gatewayusers.domain.sgw;

import java.util.regex.Pattern;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/**
 * The naming rules that storage bundles and gateways share, one method per rule: 1 to 60 characters, a letter
 * first, then letters, digits, underscores, hyphens and periods. Each kind of name has its own reason and field.
 */
public final class SgwNameRules {

    public static final int MAX_LENGTH = 60;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]*");

    private SgwNameRules() {
    }

    public static void check(String name, SgwRejection.Reason reason, Subject subject) {
        hasOneToSixtyCharacters(name, reason, subject);
        startsWithALetter(name, reason, subject);
        holdsOnlyLettersDigitsUnderscoresHyphensAndPeriods(name, reason, subject);
    }

    public static void hasOneToSixtyCharacters(String name, SgwRejection.Reason reason, Subject subject) {
        if (name == null || name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new SgwRejection(reason, subject);
        }
    }

    public static void startsWithALetter(String name, SgwRejection.Reason reason, Subject subject) {
        char first = name.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            throw new SgwRejection(reason, subject);
        }
    }

    public static void holdsOnlyLettersDigitsUnderscoresHyphensAndPeriods(String name, SgwRejection.Reason reason,
            Subject subject) {
        if (!ALLOWED.matcher(name).matches()) {
            throw new SgwRejection(reason, subject);
        }
    }
}
