package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_INVALID;

import java.util.regex.Pattern;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The {@code UserMail} rules of CreateSmartAccessGatewayClientUser, one method per rule: required
 * (ClientUser.EmailEmpty) and a mail address (ClientUser.EmailInvalid): a local part of letters, digits and
 * {@code . _ % + -} (no leading, trailing or doubled period, at most 64 characters), {@code @}, and a domain of at
 * least two labels of letters, digits and inner hyphens, the last one of letters; 254 characters at most in all.
 */
public final class UserMailRules {

    public static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_%+-]+(\\.[A-Za-z0-9_%+-]+)*");
    private static final Pattern DOMAIN =
            Pattern.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private UserMailRules() {
    }

    public static void check(String mail) {
        isNotEmpty(mail);
        isAMailAddress(mail);
    }

    public static void isNotEmpty(String mail) {
        if (mail == null || mail.isBlank()) {
            throw new SmartagRejection(EMAIL_EMPTY, Subject.USER_MAIL);
        }
    }

    public static void isAMailAddress(String mail) {
        int at = mail.lastIndexOf('@');
        if (mail.length() > MAX_LENGTH || at < 1 || at > MAX_LOCAL_LENGTH) {
            throw new SmartagRejection(EMAIL_INVALID, Subject.USER_MAIL);
        }
        if (!LOCAL.matcher(mail.substring(0, at)).matches() || !DOMAIN.matcher(mail.substring(at + 1)).matches()) {
            throw new SmartagRejection(EMAIL_INVALID, Subject.USER_MAIL);
        }
    }
}
