package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.gatewayusers.application.ontap.AddCifsPrivileges;
import org.gatewayusers.application.ontap.ChangeCifsPrivileges;
import org.gatewayusers.application.ontap.CifsPrivileges;
import org.gatewayusers.application.ontap.CreateCifsServer;
import org.gatewayusers.application.ontap.CreateLocalGroup;
import org.gatewayusers.application.ontap.CreateLocalUser;
import org.gatewayusers.application.ontap.CreateSvm;
import org.gatewayusers.application.ontap.DeleteCifsServer;
import org.gatewayusers.application.ontap.DeleteLocalGroup;
import org.gatewayusers.application.ontap.DeleteLocalUser;
import org.gatewayusers.application.ontap.DeleteSvm;
import org.gatewayusers.application.ontap.GetLocalGroup;
import org.gatewayusers.application.ontap.GetLocalUser;
import org.gatewayusers.application.ontap.GroupMembers;
import org.gatewayusers.application.ontap.ListCifsPrivileges;
import org.gatewayusers.application.ontap.ListCifsServices;
import org.gatewayusers.application.ontap.ListLocalGroups;
import org.gatewayusers.application.ontap.ListLocalUsers;
import org.gatewayusers.application.ontap.ListSvms;
import org.gatewayusers.application.ontap.LocalGroups;
import org.gatewayusers.application.ontap.LocalUsers;
import org.gatewayusers.application.ontap.Memberships;
import org.gatewayusers.application.ontap.RidBlocks;
import org.gatewayusers.application.ontap.Rids;
import org.gatewayusers.application.ontap.RidsReservedInBlocks;
import org.gatewayusers.application.ontap.Svms;
import org.gatewayusers.application.ontap.UpdateLocalGroup;
import org.gatewayusers.application.ontap.UpdateLocalUser;
import org.gatewayusers.application.ontap.UpdateSvm;
import org.gatewayusers.application.shared.CredentialHasher;
import org.gatewayusers.rest.transactions.NewTransactions;

/**
 * Composition root of the ONTAP context: builds the use cases from the output ports that the
 * persistence adapter provides, found by interface type.
 */
@ApplicationScoped
public class OntapUseCases {

    private final SecureRandom random = new SecureRandom();

    @Inject
    Svms svms;

    @Inject
    LocalUsers localUsers;

    @Inject
    LocalGroups localGroups;

    @Inject
    Memberships memberships;

    /**
     * How many RIDs of an SVM this server reserves at a time (in a short transaction of its own): creates take one each
     * with no lock on the SVM; those left when the server stops are never handed out (a gap in the SVM's RIDs).
     */
    static final int RID_BLOCK = 32;

    @Inject
    RidBlocks ridBlocks;

    @Inject
    NewTransactions transactions;

    /** One per server, shared by every create: the RIDs this server has reserved and not handed out yet. */
    private final Rids rids = new RidsReservedInBlocks(
            (svm, count) -> transactions.run(() -> ridBlocks.reserve(svm, count)), RID_BLOCK);

    @Inject
    CifsPrivileges cifsPrivileges;

    @Inject
    CredentialHasher hasher;

    @Produces
    ListCifsPrivileges listCifsPrivileges() {
        return new ListCifsPrivileges(svms, localUsers, localGroups, cifsPrivileges);
    }

    @Produces
    AddCifsPrivileges addCifsPrivileges() {
        return new AddCifsPrivileges(svms, localUsers, localGroups, cifsPrivileges);
    }

    @Produces
    ChangeCifsPrivileges changeCifsPrivileges() {
        return new ChangeCifsPrivileges(svms, localUsers, localGroups, cifsPrivileges);
    }

    @Produces
    CreateLocalUser createLocalUser() {
        return new CreateLocalUser(svms, localUsers, localGroups, memberships, rids, hasher);
    }

    @Produces
    GetLocalUser getLocalUser() {
        return new GetLocalUser(svms, localUsers, localGroups, memberships);
    }

    @Produces
    ListLocalUsers listLocalUsers() {
        return new ListLocalUsers(svms, localUsers, memberships);
    }

    @Produces
    UpdateLocalUser updateLocalUser() {
        return new UpdateLocalUser(svms, localUsers, localGroups, memberships, hasher);
    }

    @Produces
    DeleteLocalUser deleteLocalUser() {
        return new DeleteLocalUser(svms, localUsers, localGroups, memberships);
    }

    @Produces
    CreateLocalGroup createLocalGroup() {
        return new CreateLocalGroup(svms, localUsers, localGroups, memberships, rids);
    }

    @Produces
    GetLocalGroup getLocalGroup() {
        return new GetLocalGroup(svms, localUsers, localGroups, memberships);
    }

    @Produces
    ListLocalGroups listLocalGroups() {
        return new ListLocalGroups(svms, localUsers, localGroups, memberships);
    }

    @Produces
    UpdateLocalGroup updateLocalGroup() {
        return new UpdateLocalGroup(svms, localUsers, localGroups, memberships);
    }

    @Produces
    DeleteLocalGroup deleteLocalGroup() {
        return new DeleteLocalGroup(svms, localUsers, localGroups);
    }

    @Produces
    GroupMembers groupMembers() {
        return new GroupMembers(svms, localUsers, localGroups, memberships);
    }

    @Produces
    CreateSvm createSvm() {
        return new CreateSvm(svms, random);
    }

    @Produces
    ListSvms listSvms() {
        return new ListSvms(svms);
    }

    @Produces
    ListCifsServices listCifsServices() {
        return new ListCifsServices(svms);
    }

    @Produces
    UpdateSvm updateSvm() {
        return new UpdateSvm(svms, localUsers, localGroups);
    }

    @Produces
    DeleteSvm deleteSvm() {
        return new DeleteSvm(svms, localUsers, localGroups);
    }

    @Produces
    CreateCifsServer createCifsServer() {
        return new CreateCifsServer(svms, localUsers, localGroups, hasher, random);
    }

    @Produces
    DeleteCifsServer deleteCifsServer() {
        return new DeleteCifsServer(svms, localUsers, localGroups);
    }
}
