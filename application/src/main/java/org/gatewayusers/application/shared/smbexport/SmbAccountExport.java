package org.gatewayusers.application.shared.smbexport;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The SMB accounts of one SMB server this service keeps (an SVM's CIFS server, a file gateway), as another SMB server
 * needs them to authenticate the same users: each account's NT hash, whether it is disabled and when its credential
 * last changed, and the server's local groups with their members. It carries NT hashes: a caller hands it only to
 * whoever may read them, and never logs it.
 *
 * @param domain the server's own name: the CIFS server name of an SVM, the id of a file gateway
 * @param accounts in a stable order (by relative id where there is one, else by name)
 * @param groups the server's own local groups (not the built-in ones), each listing accounts of this export only
 */
public record SmbAccountExport(String domain, List<Account> accounts, List<Group> groups) {

    public SmbAccountExport {
        Objects.requireNonNull(domain, "domain");
        accounts = List.copyOf(accounts);
        groups = List.copyOf(groups);
    }

    /**
     * One account.
     *
     * @param name the account's name without its domain
     * @param rid its relative identifier where the server has one (ONTAP), empty otherwise (a file gateway)
     * @param ntHash the NT hash as 32 hexadecimal digits, upper case
     * @param credentialChangedAt when the credential last changed
     */
    public record Account(String name, OptionalLong rid, String ntHash, boolean disabled, Instant credentialChangedAt) {

        public Account {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rid, "rid");
            Objects.requireNonNull(ntHash, "ntHash");
            Objects.requireNonNull(credentialChangedAt, "credentialChangedAt");
        }

        /** The hash stays out of logs and exception messages. */
        @Override
        public String toString() {
            return "Account[name=" + name + ", rid=" + rid + ", disabled=" + disabled + "]";
        }
    }

    /**
     * One local group.
     *
     * @param name the group's name without its domain
     * @param rid its relative identifier
     * @param members the names of its member accounts, in the order of the accounts
     */
    public record Group(String name, long rid, List<String> members) {

        public Group {
            Objects.requireNonNull(name, "name");
            members = List.copyOf(members);
        }
    }
}
