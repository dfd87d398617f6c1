package org.gatewayusers.domain.sgw;

/** The kinds of asynchronous work, each named as the action that asked for it (the task's {@code Name}). */
public enum TaskKind {
    CREATE_SMB_USER("CreateGatewaySMBUser"),
    DELETE_SMB_USER("DeleteGatewaySMBUser"),
    DELETE_GATEWAY("DeleteGateway"),
    SET_ACTIVE_DIRECTORY("SetGatewayADInfo"),
    SET_LDAP("SetGatewayLDAPInfo"),
    DEPLOY_GATEWAY("DeployGateway"),
    CHANGE_GATEWAY_CLASS("ModifyGatewayClass");

    private final String taskName;

    TaskKind(String taskName) {
        this.taskName = taskName;
    }

    public String taskName() {
        return taskName;
    }

    /** The kind of task that changes a link to this kind of directory. */
    public static TaskKind changing(DirectoryKind directory) {
        return switch (directory) {
            case ACTIVE_DIRECTORY -> SET_ACTIVE_DIRECTORY;
            case LDAP -> SET_LDAP;
            case NONE -> throw new IllegalArgumentException("no task changes a link to no directory");
        };
    }
}
