package org.gatewayusers.application.shared.smbexport;

import java.util.Optional;

/**
 * The stored SMB accounts of one SMB server, read for an export. Read-only: it never changes an account. Each call
 * reads what is committed at that moment, so that any server on the same database answers the same.
 */
public interface SmbAccountExports {

    /** The local users and groups of the SVM's CIFS server; empty when the SVM or its CIFS server does not exist. */
    Optional<SmbAccountExport> ofCifsServer(String svmUuid);

    /** The SMB users of a file gateway; empty when no file gateway has that id. */
    Optional<SmbAccountExport> ofFileGateway(String gatewayId);
}
