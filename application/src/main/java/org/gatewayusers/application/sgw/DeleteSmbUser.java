package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_NOT_FOUND;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.SmbUserNameRules;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * Asks for an SMB user of a file gateway to be deleted: {@code DeleteGatewaySMBUser}. Checked now, done later by a
 * task. A password change is a delete and a create.
 */
public final class DeleteSmbUser {

    private final TaskSubmission submission;
    private final SmbUsers smbUsers;
    private final Tasks tasks;

    public DeleteSmbUser(Gateways gateways, SmbUsers smbUsers, Tasks tasks, Clock clock, RandomGenerator random) {
        this.submission = new TaskSubmission(gateways, tasks, clock, random);
        this.smbUsers = smbUsers;
        this.tasks = tasks;
    }

    public SubmittedTask delete(String gatewayId, String username) {
        SmbUserName name = SmbUserName.parse(username);
        TaskSubmission.HeldGateway held = submission.hold(gatewayId);
        Gateway gateway = held.gateway();
        gateway.requireAcceptsSmbUserChanges();
        if (tasks.hasUnfinishedFor(gateway.id(), name)) {
            throw new SgwRejection(GATEWAY_IN_OPERATION, Subject.SMB_USER_NAME);
        }
        if (!smbUsers.existsNamed(gateway.id(), name)) {
            throw new SgwRejection(USER_NOT_FOUND, Subject.SMB_USER_NAME);
        }
        return submission.submit(held, new TaskWork.DeleteSmbUser(name));
    }
}
