package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_EXISTS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_NOT_FOUND;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskKind;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * A worker's step: claims the next task (through the store, so that no two workers run one task and the tasks of a
 * gateway run in order), does its work, and marks it completed (progress 100) or, when the work is refused by now
 * (the user exists by then, the gateway is gone, ...), failed with the reason. A failed deletion or link change
 * gives the gateway back its running state.
 *
 * <p>An unexpected exception leaves the task to the transaction: rolled back with the claim, or left running until
 * its lease runs out, then claimed again.
 */
public final class RunNextTask {

    private final Tasks tasks;
    private final Gateways gateways;
    private final SmbUsers smbUsers;
    private final Clock clock;
    private final String workerId;
    private final Duration lease;

    public RunNextTask(Tasks tasks, Gateways gateways, SmbUsers smbUsers, Clock clock, String workerId,
            Duration lease) {
        this.tasks = tasks;
        this.gateways = gateways;
        this.smbUsers = smbUsers;
        this.clock = clock;
        this.workerId = Objects.requireNonNull(workerId, "workerId");
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a lease lasts at least a second: " + lease);
        }
        this.lease = lease;
    }

    /** Runs one task if there is one to claim; returns whether it ran one. */
    public boolean runNext() {
        Instant now = clock.now();
        Optional<Task> claimed = tasks.claimNext(workerId, now, now.plus(lease));
        if (claimed.isEmpty()) {
            return false;
        }
        Task task = claimed.get();
        Task finished;
        try {
            execute(task);
            finished = task.completed(clock.now());
        } catch (SgwRejection refused) {
            releaseGatewayAfterFailure(task);
            finished = task.failed(refused.reason(), clock.now());
        }
        tasks.finish(finished, workerId);
        return true;
    }

    private void execute(Task task) {
        Gateway gateway = gateways.withId(task.gateway())
                .orElseThrow(() -> new SgwRejection(GATEWAY_NOT_FOUND, Subject.GATEWAY));
        TaskWork work = task.work();
        if (work instanceof TaskWork.CreateSmbUser create) {
            gateway.requireHoldsSmbUsers();
            if (smbUsers.existsNamed(gateway.id(), create.username())) {
                throw new SgwRejection(USER_EXISTS, Subject.SMB_USER_NAME);
            }
            smbUsers.add(SmbUser.create(gateway, create.username(), create.credential()));
        } else if (work instanceof TaskWork.DeleteSmbUser delete) {
            gateway.requireHoldsSmbUsers();
            SmbUser user = smbUsers.named(gateway.id(), delete.username())
                    .orElseThrow(() -> new SgwRejection(USER_NOT_FOUND, Subject.SMB_USER_NAME));
            smbUsers.remove(user);
        } else if (work instanceof TaskWork.DeleteGateway) {
            smbUsers.removeAllOf(gateway.id());
            gateways.remove(gateway);
        } else if (work instanceof TaskWork.DeployGateway) {
            gateways.update(gateway.deployed());
        } else if (work instanceof TaskWork.ChangeGatewayClass) {
            gateways.update(gateway.classChanged());
        } else if (work instanceof TaskWork.ChangeDirectory change) {
            gateways.update(gateway.withDirectoryChanged(change.directory(), change.target()));
        } else {
            throw new IllegalStateException("no way to run " + work);
        }
    }

    private void releaseGatewayAfterFailure(Task task) {
        if (task.kind() == TaskKind.CREATE_SMB_USER || task.kind() == TaskKind.DELETE_SMB_USER) {
            return;
        }
        gateways.withId(task.gateway())
                .filter(gateway -> !gateway.state().isIdle())
                .ifPresent(gateway -> gateways.update(gateway.operationEnded()));
    }
}
