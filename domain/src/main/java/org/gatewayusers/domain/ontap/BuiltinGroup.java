package org.gatewayusers.domain.ontap;

/** The groups of the BUILTIN domain that every CIFS server has, with their well-known SIDs. */
public enum BuiltinGroup {
    ADMINISTRATORS("Administrators", 544),
    USERS("Users", 545),
    GUESTS("Guests", 546),
    POWER_USERS("Power Users", 547),
    BACKUP_OPERATORS("Backup Operators", 551);

    private static final String BUILTIN_DOMAIN_SID = "S-1-5-32";

    private final String groupName;
    private final int rid;

    BuiltinGroup(String groupName, int rid) {
        this.groupName = groupName;
        this.rid = rid;
    }

    public LocalGroupName groupName() {
        return LocalGroupName.builtin(groupName);
    }

    public Sid sid() {
        return new Sid(BUILTIN_DOMAIN_SID + "-" + rid);
    }
}
