package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_WITHOUT_PASSWORD;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_WITHOUT_NAME;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The name, mail address and password of a new client user. "用户名和密码相互依赖": a {@code UserName} needs its
 * {@code Password} and a password its name; with neither, the service generates the password and the mail address
 * becomes the name. Checked in the page's order: the pairing, the name, the mail address, the password.
 */
public record ClientCredentials(SagUserName name, EmailAddress mail, Password password, boolean passwordGenerated) {

    public ClientCredentials {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(password, "password");
    }

    /** Empty texts are absent parameters. */
    public static ClientCredentials resolve(String rawName, Password rawPassword, String rawMail,
            RandomGenerator random) {
        boolean nameGiven = rawName != null && !rawName.isEmpty();
        boolean passwordGiven = rawPassword != null && !rawPassword.reveal().isEmpty();
        nameAndPasswordGoTogether(nameGiven, passwordGiven);
        SagUserName name = nameGiven ? SagUserName.parse(rawName) : null;
        EmailAddress mail = EmailAddress.parse(rawMail);
        if (passwordGiven) {
            SagPasswordRules.check(rawPassword);
            return new ClientCredentials(name, mail, rawPassword, false);
        }
        return new ClientCredentials(SagUserName.of(mail), mail, ClientPasswordGenerator.generate(random), true);
    }

    public static void nameAndPasswordGoTogether(boolean nameGiven, boolean passwordGiven) {
        if (nameGiven && !passwordGiven) {
            throw new SmartagRejection(NAME_WITHOUT_PASSWORD, Subject.PASSWORD);
        }
        if (passwordGiven && !nameGiven) {
            throw new SmartagRejection(PASSWORD_WITHOUT_NAME, Subject.USER_NAME);
        }
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + name + ", " + mail + ", " + password + ", generated=" + passwordGenerated + "]";
    }
}
