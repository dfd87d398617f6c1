package org.gatewayusers.domain.ontap;

import java.util.Locale;
import java.util.Objects;

/**
 * A local user's name qualified by its local domain, as ONTAP stores and returns it:
 * {@code SMB_SERVER01\alex}. Names compare without regard to case, as Windows does.
 */
public record LocalUserName(CifsServerName domain, String account) {

    public static final char SEPARATOR = '\\';

    public LocalUserName {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(account, "account");
        LocalUserRules.nameIsNotBlank(account);
        LocalUserRules.nameHasAtMostTwentyCharacters(account);
        LocalUserRules.nameIsNotTerminatedByAPeriod(account);
        LocalUserRules.nameHasNoIllegalCharacters(account);
        LocalUserRules.nameDiffersFromCifsServerName(account, domain);
    }

    /**
     * A name as a client wrote it, short ({@code alex}) or qualified ({@code SMB_SERVER01\alex}),
     * read in the local domain of the SVM it is meant for.
     */
    public static LocalUserName parse(String raw, CifsServerName localDomain) {
        LocalUserRules.nameIsGiven(raw);
        LocalUserRules.nameIsNotBlank(raw);
        int separator = raw.indexOf(SEPARATOR);
        String account = raw;
        if (separator >= 0) {
            LocalUserRules.domainIsTheLocalDomain(raw.substring(0, separator), localDomain);
            account = raw.substring(separator + 1);
        }
        return new LocalUserName(localDomain, account);
    }

    /** The form unique per SVM: the same account in another case is the same account. */
    public String key() {
        return qualified().toUpperCase(Locale.ROOT);
    }

    public String qualified() {
        return domain.value() + SEPARATOR + account;
    }

    @Override
    public String toString() {
        return qualified();
    }
}
