package org.gatewayusers.application.sgw;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.LdapLink;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * Links a file gateway to an LDAP service, or ({@code IsEnabled=false}) ends the link: {@code SetGatewayLDAPInfo}.
 * The gateway is marked as changing at once; a task changes the link. The password is checked, never kept.
 */
public final class SetGatewayLdap {

    private final TaskSubmission submission;
    private final Gateways gateways;

    public SetGatewayLdap(Gateways gateways, Tasks tasks, Clock clock, RandomGenerator random) {
        this.submission = new TaskSubmission(gateways, tasks, clock, random);
        this.gateways = gateways;
    }

    public SubmittedTask set(SetGatewayLdapCommand command) {
        DirectoryLink target = command.enabled()
                ? LdapLink.parse(command.serverIp(), command.baseDn(), command.rootDn(), command.password(),
                        command.tls())
                : DirectoryLink.none();
        TaskSubmission.HeldGateway held = submission.hold(command.gatewayId());
        gateways.update(held.gateway().beginDirectoryChange(DirectoryKind.LDAP, command.enabled()));
        return submission.submit(held, new TaskWork.ChangeDirectory(DirectoryKind.LDAP, target));
    }
}
