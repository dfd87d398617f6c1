package org.gatewayusers.rest.ontap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.ontap.CreateSvm;
import org.gatewayusers.application.ontap.DeleteSvm;
import org.gatewayusers.application.ontap.ListSvms;
import org.gatewayusers.application.ontap.SvmView;
import org.gatewayusers.rest.wiring.InTransaction;

/** {@code /api/svm/svms}: the data SVMs. */
@Path("api/svm/svms")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SvmsResource {

    static final Set<String> FIELDS = Set.of("name", "_links");

    @Inject
    CreateSvm createSvm;

    @Inject
    ListSvms listSvms;

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
        JsonBody json = JsonBody.parse(body).allowOnly(FIELDS);
        String name = json.string("name").orElseThrow(() -> new OntapProblem(OntapErrorCatalog.REQUIRED_FIELD_MISSING
                .withMessage("Missing value for required field: name."), "name"));
        SvmView svm = createSvm.create(name);
        String entity = withRecords ? OntapJson.collection(List.of(OntapJson.svm(svm)), null) : OntapJson.empty();
        return Response.created(URI.create(OntapJson.SVMS + "/" + svm.uuid())).entity(entity).build();
    }

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.SVMS);
        List<SvmView> svms = listSvms.list(Optional.empty());
        return Response.ok(query.apply(svms.stream().map(OntapJson::svm).toList(), OntapJson.SVMS).body()).build();
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
