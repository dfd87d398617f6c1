package org.gatewayusers.domain.sgw;

import java.util.Objects;
import java.util.Optional;
import org.gatewayusers.domain.shared.CredentialHash;

/**
 * What a task is to do, with all it needs to do it later: never a password (a new user's password is hashed when
 * the request comes in, a directory's is not kept).
 */
public sealed interface TaskWork permits TaskWork.CreateSmbUser, TaskWork.DeleteSmbUser, TaskWork.DeleteGateway,
        TaskWork.ChangeDirectory, TaskWork.DeployGateway, TaskWork.ChangeGatewayClass {

    TaskKind kind();

    /** The SMB user the work is about, if it is about one. */
    default Optional<SmbUserName> user() {
        return Optional.empty();
    }

    record CreateSmbUser(SmbUserName username, CredentialHash credential) implements TaskWork {

        public CreateSmbUser {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(credential, "credential");
        }

        @Override
        public TaskKind kind() {
            return TaskKind.CREATE_SMB_USER;
        }

        @Override
        public Optional<SmbUserName> user() {
            return Optional.of(username);
        }
    }

    record DeleteSmbUser(SmbUserName username) implements TaskWork {

        public DeleteSmbUser {
            Objects.requireNonNull(username, "username");
        }

        @Override
        public TaskKind kind() {
            return TaskKind.DELETE_SMB_USER;
        }

        @Override
        public Optional<SmbUserName> user() {
            return Optional.of(username);
        }
    }

    /** Removes the gateway's users, then the gateway. */
    record DeleteGateway() implements TaskWork {

        @Override
        public TaskKind kind() {
            return TaskKind.DELETE_GATEWAY;
        }
    }

    /** Deploys a gateway that is being deployed: it runs, of the class it was given when the request came in. */
    record DeployGateway() implements TaskWork {

        @Override
        public TaskKind kind() {
            return TaskKind.DEPLOY_GATEWAY;
        }
    }

    /** Ends a change of class: the gateway runs, of the class it was given when the request came in. */
    record ChangeGatewayClass() implements TaskWork {

        @Override
        public TaskKind kind() {
            return TaskKind.CHANGE_GATEWAY_CLASS;
        }
    }

    /**
     * Joins the gateway to the target, or, when the target is {@link NoDirectory}, ends its link to the given kind of
     * directory (a request with {@code IsEnabled=false}).
     */
    record ChangeDirectory(DirectoryKind directory, DirectoryLink target) implements TaskWork {

        public ChangeDirectory {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(target, "target");
            if (directory == DirectoryKind.NONE || (target.isLinked() && target.kind() != directory)) {
                throw new IllegalArgumentException("a change of the " + directory + " link cannot target " + target);
            }
        }

        @Override
        public TaskKind kind() {
            return TaskKind.changing(directory);
        }
    }
}
