package org.gatewayusers.persistence.sgw;

import java.time.Instant;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskId;
import org.gatewayusers.domain.sgw.TaskKind;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.sgw.TaskWork;
import org.gatewayusers.domain.shared.CredentialHash;

final class TaskMapper {

    private TaskMapper() {
    }

    static Task toDomain(TaskEntity entity) {
        return Task.reconstitute(new TaskId(entity.id), new GatewayId(entity.gatewayId), entity.sequence, work(entity),
                TaskState.valueOf(entity.state), entity.progress,
                entity.failure == null ? null : SgwRejection.Reason.valueOf(entity.failure),
                Instant.ofEpochSecond(entity.createdAt), Instant.ofEpochSecond(entity.updatedAt), entity.claimedBy,
                entity.leaseUntil == null ? null : Instant.ofEpochSecond(entity.leaseUntil));
    }

    private static TaskWork work(TaskEntity entity) {
        return switch (TaskKind.valueOf(entity.kind)) {
            case CREATE_SMB_USER -> new TaskWork.CreateSmbUser(new SmbUserName(entity.username),
                    new CredentialHash(entity.credentialScheme, entity.credentialHash));
            case DELETE_SMB_USER -> new TaskWork.DeleteSmbUser(new SmbUserName(entity.username));
            case DELETE_GATEWAY -> new TaskWork.DeleteGateway();
            case SET_ACTIVE_DIRECTORY -> new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY, target(entity));
            case SET_LDAP -> new TaskWork.ChangeDirectory(DirectoryKind.LDAP, target(entity));
            case DEPLOY_GATEWAY -> new TaskWork.DeployGateway();
            case CHANGE_GATEWAY_CLASS -> new TaskWork.ChangeGatewayClass();
        };
    }

    private static DirectoryLink target(TaskEntity entity) {
        return new DirectoryColumns(entity.directoryKind, entity.directoryServerIp, entity.adDomainName,
                entity.adUsername, entity.ldapBaseDn, entity.ldapRootDn, Boolean.TRUE.equals(entity.ldapTls)).toLink();
    }

    /** A new task's row: waiting, with its work spread over the work columns. */
    static TaskEntity toNewEntity(Task task) {
        TaskEntity entity = new TaskEntity();
        entity.id = task.id().value();
        entity.gatewayId = task.gateway().value();
        entity.sequence = task.sequence();
        entity.kind = task.kind().name();
        entity.createdAt = task.createdAt().getEpochSecond();
        copyState(task, entity);
        TaskWork work = task.work();
        work.user().ifPresent(user -> {
            entity.username = user.value();
            entity.usernameKey = user.key();
        });
        if (work instanceof TaskWork.CreateSmbUser create) {
            entity.credentialScheme = create.credential().scheme();
            entity.credentialHash = create.credential().value();
        } else if (work instanceof TaskWork.ChangeDirectory change) {
            DirectoryColumns target = DirectoryColumns.of(change.target());
            entity.directoryKind = target.kind();
            entity.directoryServerIp = target.serverIp();
            entity.adDomainName = target.adDomainName();
            entity.adUsername = target.adUsername();
            entity.ldapBaseDn = target.ldapBaseDn();
            entity.ldapRootDn = target.ldapRootDn();
            entity.ldapTls = target.ldapTls();
        }
        return entity;
    }

    /** Where the task is: state, progress, failure, the time of the change and its claim. */
    static void copyState(Task task, TaskEntity entity) {
        entity.state = task.state().name();
        entity.progress = task.progress();
        entity.failure = task.failure().map(Enum::name).orElse(null);
        entity.updatedAt = task.updatedAt().getEpochSecond();
        entity.claimedBy = task.claimedBy().orElse(null);
        entity.leaseUntil = task.leaseUntil().map(Instant::getEpochSecond).orElse(null);
    }
}
