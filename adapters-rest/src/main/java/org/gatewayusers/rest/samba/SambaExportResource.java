package org.gatewayusers.rest.samba;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.gatewayusers.application.shared.smbexport.ExportSmbAccounts;
import org.gatewayusers.application.shared.smbexport.ExportSmbAccounts.Kind;
import org.gatewayusers.application.shared.smbexport.SmbAccountExport;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.transactions.InTransaction;

/**
 * {@code GET /samba-export/svms/{svm.uuid}} and {@code GET /samba-export/gateways/{gateway id}}: the files a Samba
 * server needs to serve real SMB logins to the users of an SVM's CIFS server or of a file gateway ({@link SambaFiles}),
 * for {@code tools/samba-sync} to poll. The answer carries NT hashes: only the {@code admin} role gets it (HTTP Basic,
 * as the ONTAP API), it is never cached by intermediaries nor logged. Its entity tag is a digest of the files, the same
 * on every server of one database: a poll with {@code If-None-Match} of unchanged data gets {@code 304} and no body.
 */
@Path("samba-export")
@Produces(MediaType.APPLICATION_JSON)
public class SambaExportResource {

    @Inject
    ExportSmbAccounts exportSmbAccounts;

    @Context
    SecurityContext caller;

    @Context
    Request request;

    @GET
    @Path("svms/{uuid}")
    @InTransaction
    public Response cifsServer(@PathParam("uuid") String svmUuid) {
        return export(Kind.CIFS_SERVER, svmUuid);
    }

    @GET
    @Path("gateways/{id}")
    @InTransaction
    public Response fileGateway(@PathParam("id") String gatewayId) {
        return export(Kind.FILE_GATEWAY, gatewayId);
    }

    private Response export(Kind kind, String id) {
        if (!caller.isUserInRole(ApiRole.ADMIN.roleName())) {
            return OntapErrorCatalog.FORBIDDEN.toResponse(null);
        }
        Optional<SmbAccountExport> export = exportSmbAccounts.export(new ExportSmbAccounts.Source(kind, id));
        if (export.isEmpty()) {
            return OntapErrorCatalog.ENTRY_NOT_FOUND.toResponse(null);
        }
        SambaFiles files = SambaFiles.of(export.get());
        EntityTag tag = new EntityTag(files.entityTag());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(noStore).build();
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("domain", export.get().domain())
                        .add("accounts", files.accounts())
                        .add("groups", files.groups())
                        .add("smbpasswd", files.smbpasswd())
                        .add("passwd", files.passwd())
                        .add("group", files.group())
                        .build().toString())
                .tag(tag)
                .cacheControl(noStore)
                .build();
    }
}
