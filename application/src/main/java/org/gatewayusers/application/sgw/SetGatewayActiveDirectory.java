package org.gatewayusers.application.sgw;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.ActiveDirectoryLink;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * Joins a file gateway to an AD domain, or ({@code IsEnabled=false}) makes it leave: {@code SetGatewayADInfo}. The
 * gateway is marked as changing at once; a task changes the link. The password is checked, never kept.
 */
public final class SetGatewayActiveDirectory {

    private final TaskSubmission submission;
    private final Gateways gateways;

    public SetGatewayActiveDirectory(Gateways gateways, Tasks tasks, Clock clock, RandomGenerator random) {
        this.submission = new TaskSubmission(gateways, tasks, clock, random);
        this.gateways = gateways;
    }

    public SubmittedTask set(SetGatewayActiveDirectoryCommand command) {
        DirectoryLink target = command.enabled()
                ? ActiveDirectoryLink.parse(command.domainName(), command.username(), command.password(),
                        command.serverIp())
                : DirectoryLink.none();
        TaskSubmission.HeldGateway held = submission.hold(command.gatewayId());
        gateways.update(held.gateway().beginDirectoryChange(DirectoryKind.ACTIVE_DIRECTORY, command.enabled()));
        return submission.submit(held, new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY, target));
    }
}
