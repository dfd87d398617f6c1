package org.gatewayusers.rest.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.gatewayusers.application.shared.smbexport.ExportSmbAccounts;
import org.gatewayusers.application.shared.smbexport.SmbAccountExports;

/** Composition root of the export of SMB accounts (read by {@code rest.samba}). */
@ApplicationScoped
public class SmbExportUseCases {

    @Inject
    SmbAccountExports exports;

    @Produces
    ExportSmbAccounts exportSmbAccounts() {
        return new ExportSmbAccounts(exports);
    }
}
