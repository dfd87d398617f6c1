package org.gatewayusers.application.ontap;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.CredentialHasher;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.shared.Password;

/**
 * Creates the CIFS server of a data SVM; its name becomes the local domain of the SVM's users.
 * Like ONTAP, it brings the disabled local Administrator (RID 500) and the BUILTIN groups, with
 * Administrator a member of {@code BUILTIN\Administrators}.
 */
public final class CreateCifsServer {

    private static final int UNKNOWABLE_PASSWORD_BYTES = 32;

    private final SvmLocator svms;
    private final Svms store;
    private final LocalUsers localUsers;
    private final LocalGroups localGroups;
    private final CredentialHasher hasher;
    private final RandomGenerator random;

    public CreateCifsServer(Svms svms, LocalUsers localUsers, LocalGroups localGroups, CredentialHasher hasher,
            RandomGenerator random) {
        this.svms = new SvmLocator(svms);
        this.store = svms;
        this.localUsers = localUsers;
        this.localGroups = localGroups;
        this.hasher = hasher;
        this.random = random;
    }

    public SvmView create(SvmSelector selector, String name) {
        Svm svm = svms.require(selector);
        CifsServerName serverName = CifsServerName.parse(name);
        Svm withServer = svm.createCifsServer(serverName);
        store.update(withServer);
        LocalUser administrator = LocalUser.administrator(withServer, serverName, hasher.hash(unknowablePassword()));
        localUsers.add(administrator);
        Arrays.stream(BuiltinGroup.values())
                .map(group -> LocalGroup.builtin(withServer.uuid(), group,
                        group == BuiltinGroup.ADMINISTRATORS ? List.of(administrator.sid()) : List.of()))
                .forEach(localGroups::add);
        return SvmView.of(withServer);
    }

    private Password unknowablePassword() {
        byte[] bytes = new byte[UNKNOWABLE_PASSWORD_BYTES];
        random.nextBytes(bytes);
        return Password.of(HexFormat.of().formatHex(bytes));
    }
}
