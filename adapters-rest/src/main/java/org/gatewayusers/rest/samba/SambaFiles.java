package org.gatewayusers.rest.samba;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gatewayusers.application.shared.smbexport.SmbAccountExport;

/**
 * The files a standalone Samba server authenticates an export's accounts from, without system accounts:
 * <ul>
 * <li>{@code smbpasswd}, for {@code passdb backend = smbpasswd:<file>}: one line per account,
 *     {@code name:uid:<no LM hash>:<NT hash>:[flags]:LCT-<last change, hex epoch seconds>:}, flag {@code D} for a
 *     disabled account;</li>
 * <li>{@code passwd} and {@code group}, for {@code nss_wrapper} ({@code NSS_WRAPPER_PASSWD},
 *     {@code NSS_WRAPPER_GROUP}): the Unix identity of each account and the local groups with their members, so
 *     that share rules such as {@code valid users = @engineers} hold.</li>
 * </ul>
 *
 * <p>Account names are written in lower case: Windows names compare without case (no two accounts of one export
 * differ only in case), and Samba looks up the lower-case form of whatever case a client sends, so {@code Alex},
 * {@code ALEX} and {@code alex} all log in as the ONTAP user {@code Alex}. Group names stay as they are (they are
 * what {@code valid users = @name} names).
 *
 * <p>Unix ids are stable: an account or group with a relative id (ONTAP) has {@code 1000000 + RID}; an account
 * without one (a file gateway's) has an id drawn from a SHA-256 of its upper-case name (names compare without case),
 * the next free one on the rare collision. Every account's primary group is {@value #PRIMARY_GROUP}, and the guest
 * account Samba requires is {@value #GUEST}: both names hold an {@code @}, which no ONTAP or gateway name may, so they
 * never meet an exported one. A name these files cannot hold (a {@code :}, {@code ,} or line break, or blank) is left
 * out, with its memberships.
 */
final class SambaFiles {

    static final String GUEST = "smbguest@export";
    static final String PRIMARY_GROUP = "smbusers@export";
    static final long GUEST_UID = 999_999;
    static final long PRIMARY_GID = 999_999;
    static final long RID_BASE = 1_000_000;
    static final long HASHED_BASE = 2_000_000;
    private static final long HASHED_RANGE = 1L << 30;

    private static final Pattern UNFIT = Pattern.compile("[:,\\r\\n]");
    private static final Pattern NT_HASH = Pattern.compile("[0-9A-Fa-f]{32}");
    private static final String NO_LM_HASH = "X".repeat(32);

    private final String smbpasswd;
    private final String passwd;
    private final String group;
    private final int accounts;
    private final int groups;

    private SambaFiles(String smbpasswd, String passwd, String group, int accounts, int groups) {
        this.smbpasswd = smbpasswd;
        this.passwd = passwd;
        this.group = group;
        this.accounts = accounts;
        this.groups = groups;
    }

    static SambaFiles of(SmbAccountExport export) {
        Map<String, Long> uids = uids(export.accounts());
        StringBuilder smbpasswd = new StringBuilder();
        StringBuilder passwd = new StringBuilder();
        passwd.append(GUEST).append(":x:").append(GUEST_UID).append(':').append(PRIMARY_GID)
                .append(":guest:/nonexistent:/usr/sbin/nologin\n");
        for (SmbAccountExport.Account account : export.accounts()) {
            Long uid = uids.get(account.name());
            if (uid == null) {
                continue;
            }
            String login = login(account.name());
            long changed = Math.max(1L, account.credentialChangedAt().getEpochSecond());
            smbpasswd.append(login).append(':').append(uid).append(':').append(NO_LM_HASH).append(':')
                    .append(account.ntHash().toUpperCase(Locale.ROOT)).append(':')
                    .append(account.disabled() ? "[DU         ]" : "[U          ]")
                    .append(":LCT-").append(String.format(Locale.ROOT, "%08X", changed)).append(":\n");
            passwd.append(login).append(":x:").append(uid).append(':').append(PRIMARY_GID)
                    .append("::/nonexistent:/usr/sbin/nologin\n");
        }
        StringBuilder group = new StringBuilder();
        group.append(PRIMARY_GROUP).append(":x:").append(PRIMARY_GID).append(":\n");
        int groups = 0;
        for (SmbAccountExport.Group local : export.groups()) {
            if (!fits(local.name())) {
                continue;
            }
            List<String> members = local.members().stream().filter(uids::containsKey).map(SambaFiles::login).toList();
            group.append(local.name()).append(":x:").append(RID_BASE + local.rid()).append(':')
                    .append(String.join(",", members)).append('\n');
            groups++;
        }
        return new SambaFiles(smbpasswd.toString(), passwd.toString(), group.toString(), uids.size(), groups);
    }

    String smbpasswd() {
        return smbpasswd;
    }

    String passwd() {
        return passwd;
    }

    String group() {
        return group;
    }

    int accounts() {
        return accounts;
    }

    int groups() {
        return groups;
    }

    /** The entity tag of these three files: the same files give the same tag on every server. */
    String entityTag() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String file : List.of(smbpasswd, passwd, group)) {
                sha256.update(file.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The Unix id of each account these files can hold, by name, in the export's order. */
    private static Map<String, Long> uids(List<SmbAccountExport.Account> accounts) {
        Map<String, Long> uids = new LinkedHashMap<>();
        Set<Long> taken = new HashSet<>();
        for (SmbAccountExport.Account account : accounts) {
            if (fits(account.name()) && NT_HASH.matcher(account.ntHash()).matches() && account.rid().isPresent()) {
                uids.put(account.name(), RID_BASE + account.rid().getAsLong());
                taken.add(RID_BASE + account.rid().getAsLong());
            }
        }
        for (SmbAccountExport.Account account : accounts) {
            if (fits(account.name()) && NT_HASH.matcher(account.ntHash()).matches() && account.rid().isEmpty()
                    && !uids.containsKey(account.name())) {
                long uid = HASHED_BASE + hashed(account.name());
                while (!taken.add(uid)) {
                    uid = HASHED_BASE + (uid - HASHED_BASE + 1) % HASHED_RANGE;
                }
                uids.put(account.name(), uid);
            }
        }
        return uids;
    }

    private static long hashed(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(name.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 4; i++) {
                value = (value << 8) | (digest[i] & 0xFF);
            }
            return value % HASHED_RANGE;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String login(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean fits(String name) {
        return !name.isBlank() && !UNFIT.matcher(name).find();
    }
}
