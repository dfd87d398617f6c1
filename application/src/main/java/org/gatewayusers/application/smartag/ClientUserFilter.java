package org.gatewayusers.application.smartag;

import java.util.Locale;
import org.gatewayusers.domain.smartag.ClientUser;

/**
 * The {@code UserName} and {@code UserMail} filters of DescribeSmartAccessGatewayClientUsers: each, when given, lets
 * through the users of that name or address, in any case. Null or blank is no filter.
 */
public record ClientUserFilter(String userName, String userMail) {

    public ClientUserFilter {
        userName = normalised(userName);
        userMail = normalised(userMail);
    }

    public static ClientUserFilter none() {
        return new ClientUserFilter(null, null);
    }

    /** The name as {@code SagUserName.key()} writes it, or null. */
    public String userNameKey() {
        return userName == null ? null : userName.toLowerCase(Locale.ROOT);
    }

    /** The address as {@code EmailAddress.key()} writes it, or null. */
    public String userMailKey() {
        return userMail == null ? null : userMail.toLowerCase(Locale.ROOT);
    }

    public boolean matches(ClientUser user) {
        return (userName == null || user.name().key().equals(userNameKey()))
                && (userMail == null || user.mail().key().equals(userMailKey()));
    }

    private static String normalised(String filter) {
        return filter == null || filter.isBlank() ? null : filter.trim();
    }
}
