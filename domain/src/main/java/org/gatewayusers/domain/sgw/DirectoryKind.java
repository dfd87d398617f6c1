package org.gatewayusers.domain.sgw;

/** The directory service a file gateway may be joined to, if any. */
public enum DirectoryKind {
    NONE,
    ACTIVE_DIRECTORY,
    LDAP
}
