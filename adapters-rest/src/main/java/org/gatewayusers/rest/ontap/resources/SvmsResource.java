package org.gatewayusers.rest.ontap.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.CreateSvm;
import org.gatewayusers.application.ontap.DeleteSvm;
import org.gatewayusers.application.ontap.ListSvms;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.ontap.SvmField;
import org.gatewayusers.application.ontap.SvmView;
import org.gatewayusers.application.ontap.UpdateSvm;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.json.SvmRequest;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.OntapQuery;
import org.gatewayusers.rest.ontap.query.QueryParameters;
import org.gatewayusers.rest.transactions.InTransaction;

/** {@code /api/svm/svms}: the data SVMs. */
@Path("api/svm/svms")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SvmsResource {

    @Inject
    CreateSvm createSvm;

    @Inject
    ListSvms listSvms;

    @Inject
    UpdateSvm updateSvm;

    @Inject
    DeleteSvm deleteSvm;

    @Context
    HttpServletRequest http;

    @POST
    @InTransaction
    public Response create(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        SvmRequest request = SvmRequest.ofCreate(body);
        String name = request.name().orElseThrow(() -> new OntapProblem(OntapErrorCatalog.REQUIRED_FIELD_MISSING
                .withMessage("Missing value for required field: name."), "name"));
        SvmView svm = createSvm.create(name, request.comment().orElse(null), request.settings());
        String entity = withRecords ? OntapJson.collection(List.of(OntapJson.svm(svm)), null) : OntapJson.empty();
        return Response.created(URI.create(OntapJson.SVMS + "/" + svm.uuid())).entity(entity).build();
    }

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.SVMS);
        Optional<RecordQuery<SvmField>> typed = query.typed(CollectionSchemas.SVM_FIELDS, CollectionSchemas.SVM_CONSTANTS);
        if (query.countsOnly()) {
            return Response.ok(query.counted(typed.map(listSvms::count).orElse(0L), OntapJson.SVMS).body()).build();
        }
        RecordPage<SvmView> page = typed.map(listSvms::page).orElse(new RecordPage<>(List.of(), false));
        List<JsonObject> records = page.records().stream().map(OntapJson::svm).toList();
        return Response.ok(query.page(records, page.more(), OntapJson.SVMS).body()).build();
    }

    @GET
    @Path("{uuid}")
    @InTransaction
    public Response get(@PathParam("uuid") String uuid) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.SVMS);
        SvmView svm = listSvms.withUuid(uuid)
                .orElseThrow(() -> new OntapProblem(OntapErrorCatalog.ENTRY_NOT_FOUND, "uuid"));
        return Response.ok(query.project(OntapJson.svm(svm)).toString()).build();
    }

    /**
     * Renames the SVM or changes its comment, done when answered: 200, as ONTAP answers once the change completes
     * within {@code return_timeout} (clients send one; none is needed here, as nothing is left to wait for).
     * Settings stated as the SVM runs them are accepted; a change of one is refused whole.
     */
    @PATCH
    @Path("{uuid}")
    @InTransaction
    public Response update(@PathParam("uuid") String uuid, @QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        SvmRequest request = SvmRequest.ofChange(body);
        SvmView svm = updateSvm.update(new UpdateSvm.Command(uuid, request.name(), request.comment(), request.settings()));
        return Response.ok(OntapJson.createdOrChanged(withRecords, OntapJson.svm(svm))).build();
    }

    /** Refused while the SVM runs a CIFS server (409): delete that first. */
    @DELETE
    @Path("{uuid}")
    @InTransaction
    public Response delete(@PathParam("uuid") String uuid) {
        deleteSvm.delete(uuid);
        return Response.ok(OntapJson.empty()).build();
    }

    /** The query string, read leniently: see {@link QueryParameters}. */
    private java.util.Map<String, java.util.List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
