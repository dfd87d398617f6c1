package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_EXISTS;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.application.shared.CredentialHasher;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbPasswordCharset;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.SmbUserNameRules;
import org.gatewayusers.domain.sgw.TaskWork;
import org.gatewayusers.domain.shared.CredentialHash;

/**
 * Asks for a new SMB user on a file gateway: {@code CreateGatewaySMBUser}. Everything that can be checked now is
 * checked now; the password is hashed at once, and a task creates the user later.
 */
public final class CreateSmbUser {

    private final TaskSubmission submission;
    private final SmbUsers smbUsers;
    private final Tasks tasks;
    private final CredentialHasher hasher;

    public CreateSmbUser(Gateways gateways, SmbUsers smbUsers, Tasks tasks, CredentialHasher hasher, Clock clock,
            RandomGenerator random) {
        this.submission = new TaskSubmission(gateways, tasks, clock, random);
        this.smbUsers = smbUsers;
        this.tasks = tasks;
        this.hasher = hasher;
    }

    public SubmittedTask create(CreateSmbUserCommand command) {
        SmbUserName name = SmbUserName.parse(command.username());
        SmbPasswordCharset.check(command.password());
        TaskSubmission.HeldGateway held = submission.hold(command.gatewayId());
        Gateway gateway = held.gateway();
        gateway.requireAcceptsSmbUserChanges();
        if (tasks.hasUnfinishedFor(gateway.id(), name)) {
            throw new SgwRejection(GATEWAY_IN_OPERATION, Subject.SMB_USER_NAME);
        }
        if (smbUsers.existsNamed(gateway.id(), name)) {
            throw new SgwRejection(USER_EXISTS, Subject.SMB_USER_NAME);
        }
        CredentialHash credential = hasher.hash(command.password());
        return submission.submit(held, new TaskWork.CreateSmbUser(name, credential));
    }
}
