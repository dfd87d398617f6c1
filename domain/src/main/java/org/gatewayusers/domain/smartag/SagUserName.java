package org.gatewayusers.domain.smartag;

import java.util.Locale;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The name of a client user of an app instance, as written. Names are unique per instance without regard to case
 * (a mail address that became a name is the same name in any case).
 */
public record SagUserName(String value) {

    public SagUserName {
        SagUserNameRules.check(value);
    }

    /** A name as a client wrote it; missing and empty are both an empty name. */
    public static SagUserName parse(String raw) {
        return new SagUserName(raw);
    }

    /** The mail address as the user's name, when the service chooses the name: it must obey the name rules too. */
    public static SagUserName of(EmailAddress mail) {
        SagUserNameRules.check(mail.value(), Subject.USER_MAIL);
        return new SagUserName(mail.value());
    }

    /** The form unique per instance. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
