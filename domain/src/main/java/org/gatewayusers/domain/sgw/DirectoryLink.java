package org.gatewayusers.domain.sgw;

/**
 * What a file gateway is joined to: nothing, an Active Directory domain or an LDAP service. A joined gateway takes
 * its users from there and refuses local SMB users. Passwords given to join are never kept.
 */
public sealed interface DirectoryLink permits NoDirectory, ActiveDirectoryLink, LdapLink {

    DirectoryKind kind();

    static DirectoryLink none() {
        return NoDirectory.INSTANCE;
    }

    default boolean isLinked() {
        return kind() != DirectoryKind.NONE;
    }
}
