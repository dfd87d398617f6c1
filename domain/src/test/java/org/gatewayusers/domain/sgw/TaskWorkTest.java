package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_AD_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_LDAP_LINK;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskWorkTest {

    private static final SmbUserName ALEX = new SmbUserName("alex");

    @Test
    void names_each_kind_of_work_after_the_action_that_asked_for_it() {
        assertEquals("CreateGatewaySMBUser", new TaskWork.CreateSmbUser(ALEX, NT_HASH).kind().taskName());
        assertEquals("DeleteGatewaySMBUser", new TaskWork.DeleteSmbUser(ALEX).kind().taskName());
        assertEquals("DeleteGateway", new TaskWork.DeleteGateway().kind().taskName());
        assertEquals("SetGatewayADInfo",
                new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY, AN_AD_LINK).kind().taskName());
        assertEquals("SetGatewayLDAPInfo",
                new TaskWork.ChangeDirectory(DirectoryKind.LDAP, DirectoryLink.none()).kind().taskName());
    }

    @Test
    void user_work_names_its_user_and_gateway_work_none() {
        assertEquals(Optional.of(ALEX), new TaskWork.CreateSmbUser(ALEX, NT_HASH).user());
        assertEquals(Optional.of(ALEX), new TaskWork.DeleteSmbUser(ALEX).user());
        assertEquals(Optional.empty(), new TaskWork.DeleteGateway().user());
        assertEquals(Optional.empty(), new TaskWork.ChangeDirectory(DirectoryKind.LDAP, AN_LDAP_LINK).user());
    }

    @Test
    void creating_a_user_carries_the_hash_and_never_a_password() {
        TaskWork.CreateSmbUser work = new TaskWork.CreateSmbUser(ALEX, NT_HASH);

        assertEquals(NT_HASH, work.credential());
        assertFalse(work.toString().contains(NT_HASH.value()), work.toString());
    }

    @Test
    void a_directory_change_targets_its_own_kind() {
        assertThrows(IllegalArgumentException.class,
                () -> new TaskWork.ChangeDirectory(DirectoryKind.LDAP, AN_AD_LINK));
        assertThrows(IllegalArgumentException.class,
                () -> new TaskWork.ChangeDirectory(DirectoryKind.NONE, DirectoryLink.none()));
    }

    @Test
    void the_state_codes_are_those_describe_tasks_shows() {
        assertEquals("task.state.Initialized", TaskState.INITIALIZED.code());
        assertEquals("task.state.Running", TaskState.RUNNING.code());
        assertEquals("task.state.completed", TaskState.COMPLETED.code());
        assertEquals("task.state.Failed", TaskState.FAILED.code());
    }

    @Test
    void only_completed_and_failed_are_finished() {
        assertFalse(TaskState.INITIALIZED.isFinished());
        assertFalse(TaskState.RUNNING.isFinished());
        assertTrue(TaskState.COMPLETED.isFinished());
        assertTrue(TaskState.FAILED.isFinished());
    }
}
