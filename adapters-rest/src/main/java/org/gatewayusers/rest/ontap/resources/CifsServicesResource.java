package org.gatewayusers.rest.ontap.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.ontap.CifsServiceField;
import org.gatewayusers.application.ontap.CreateCifsServer;
import org.gatewayusers.application.ontap.DeleteCifsServer;
import org.gatewayusers.application.ontap.ListCifsServices;
import org.gatewayusers.application.ontap.ListSvms;
import org.gatewayusers.application.ontap.CifsServiceField;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.ontap.SvmView;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.json.JsonBody;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.json.SvmReference;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.OntapQuery;
import org.gatewayusers.rest.ontap.query.QueryParameters;
import org.gatewayusers.rest.transactions.InTransaction;

/** {@code /api/protocols/cifs/services}: the CIFS server of each SVM, at most one. */
@Path("api/protocols/cifs/services")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CifsServicesResource {

    static final Set<String> FIELDS = fields();

    @Inject
    CreateCifsServer createCifsServer;

    @Inject
    ListSvms listSvms;

    @Inject
    ListCifsServices listCifsServices;

    @Inject
    DeleteCifsServer deleteCifsServer;

    @Context
    HttpServletRequest http;

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Set.of("name", "enabled", "_links"));
        fields.addAll(SvmReference.KEYS);
        return Set.copyOf(fields);
    }

    @POST
    @InTransaction
    public Response create(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        JsonBody json = JsonBody.parse(body).allowOnly(FIELDS);
        SvmReference svm = SvmReference.from(json);
        String name = json.string("name").orElseThrow(() -> new OntapProblem(OntapErrorCatalog.REQUIRED_FIELD_MISSING
                .withMessage("Missing value for required field: name."), "name"));
        // Ansible's na_ontap_cifs_server sends "enabled" for service_state; a CIFS server here always runs
        json.bool("enabled").filter(enabled -> !enabled).ifPresent(stopped -> {
            throw OntapProblem.badField("enabled", "A CIFS server of this service cannot be stopped.");
        });
        SvmView created = createCifsServer.create(svm.selector(), name);
        String entity = withRecords ? OntapJson.collection(List.of(OntapJson.cifsService(created)), null) : OntapJson.empty();
        return Response.created(URI.create(OntapJson.CIFS_SERVICES + "/" + created.uuid())).entity(entity).build();
    }

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.CIFS_SERVICES);
        Optional<RecordQuery<CifsServiceField>> typed = query.typed(CollectionSchemas.CIFS_SERVICE_FIELDS,
                CollectionSchemas.CIFS_SERVICE_CONSTANTS);
        if (query.countsOnly()) {
            return Response.ok(query.counted(typed.map(listCifsServices::count).orElse(0L), OntapJson.CIFS_SERVICES)
                    .body()).build();
        }
        RecordPage<SvmView> page = typed.map(listCifsServices::page).orElse(new RecordPage<>(List.of(), false));
        List<JsonObject> records = page.records().stream().map(OntapJson::cifsService).toList();
        return Response.ok(query.page(records, page.more(), OntapJson.CIFS_SERVICES).body()).build();
    }

    @GET
    @Path("{svm.uuid}")
    @InTransaction
    public Response get(@PathParam("svm.uuid") String svmUuid) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.CIFS_SERVICES);
        SvmView svm = listSvms.withUuid(svmUuid).filter(s -> s.cifsServer() != null)
                .orElseThrow(() -> new OntapProblem(OntapErrorCatalog.ENTRY_NOT_FOUND, "svm.uuid"));
        return Response.ok(query.project(OntapJson.cifsService(svm)).toString()).build();
    }

    /** Deletes the CIFS server and, as ONTAP does, the SVM's local users and groups with it. */
    @DELETE
    @Path("{svm.uuid}")
    // all or none, and it grows with the SVM: a million users, their groups and memberships took minutes on H2
    @InTransaction(timeoutSeconds = 3600)
    public Response delete(@PathParam("svm.uuid") String svmUuid) {
        deleteCifsServer.delete(svmUuid);
        return Response.ok(OntapJson.empty()).build();
    }

    /** The query string, read leniently: see {@link QueryParameters}. */
    private java.util.Map<String, java.util.List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
