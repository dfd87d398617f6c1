package org.gatewayusers.rest.ontap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
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
import org.gatewayusers.application.ontap.CreateLocalUser;
import org.gatewayusers.application.ontap.DeleteLocalUser;
import org.gatewayusers.application.ontap.GetLocalUser;
import org.gatewayusers.application.ontap.ListLocalUsers;
import org.gatewayusers.application.ontap.LocalUserView;
import org.gatewayusers.application.ontap.UpdateLocalUser;
import org.gatewayusers.rest.wiring.InTransaction;

/** {@code /api/protocols/cifs/local-users}: the CIFS local users of SVMs. */
@Path("api/protocols/cifs/local-users")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LocalUsersResource {

    @Inject
    CreateLocalUser createLocalUser;

    @Inject
    GetLocalUser getLocalUser;

    @Inject
    ListLocalUsers listLocalUsers;

    @Inject
    UpdateLocalUser updateLocalUser;

    @Inject
    DeleteLocalUser deleteLocalUser;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest http;

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_USERS);
        return Response.ok(query.apply(records(), OntapJson.LOCAL_USERS).body()).build();
    }

    @POST
    @InTransaction
    public Response create(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        LocalUserView user = createLocalUser.create(RequestShape.checked(validator, LocalUserRequest.parse(body)).toCommand());
        return Response.created(URI.create(OntapJson.localUserHref(user)))
                .entity(OntapJson.createdOrChanged(withRecords, OntapJson.localUser(user))).build();
    }

    /** Changes every user the query matches, in one transaction: all or none. */
    @PATCH
    @InTransaction
    public Response updateAll(String body) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_USERS);
        LocalUserRequest request = RequestShape.checked(validator, LocalUserRequest.parse(body));
        List<LocalUserView> matches = matching(query);
        for (LocalUserView user : matches) {
            request.requireSameSvm(user.svmUuid(), user.svmName());
            updateLocalUser.update(user.svmUuid(), user.sid(), request.toChanges());
        }
        return Response.ok(OntapJson.touched(matches.size())).build();
    }

    /** Deletes every user the query matches, in one transaction: all or none. */
    @DELETE
    @InTransaction
    public Response deleteAll() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_USERS);
        List<LocalUserView> matches = matching(query);
        matches.forEach(user -> deleteLocalUser.delete(user.svmUuid(), user.sid()));
        return Response.ok(OntapJson.touched(matches.size())).build();
    }

    @GET
    @Path("{svm.uuid}/{sid}")
    @InTransaction
    public Response get(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_USERS);
        return Response.ok(query.project(OntapJson.localUser(getLocalUser.get(svmUuid, sid))).toString()).build();
    }

    @PATCH
    @Path("{svm.uuid}/{sid}")
    @InTransaction
    public Response update(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid,
            @QueryParam("return_records") String returnRecords, @QueryParam("return_timeout") String returnTimeout,
            String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        LocalUserRequest request = RequestShape.checked(validator, LocalUserRequest.parse(body));
        request.requireSameSvm(svmUuid, getLocalUser.get(svmUuid, sid).svmName());
        LocalUserView user = updateLocalUser.update(svmUuid, sid, request.toChanges());
        return Response.ok(OntapJson.createdOrChanged(withRecords, OntapJson.localUser(user))).build();
    }

    @DELETE
    @Path("{svm.uuid}/{sid}")
    @InTransaction
    public Response delete(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid,
            @QueryParam("return_timeout") String returnTimeout) {
        OntapQuery.returnTimeout(returnTimeout);
        deleteLocalUser.delete(svmUuid, sid);
        return Response.ok(OntapJson.empty()).build();
    }

    private List<jakarta.json.JsonObject> records() {
        return listLocalUsers.list(SvmScope.of(query())).stream().map(OntapJson::localUser).toList();
    }

    private List<LocalUserView> matching(CollectionQuery query) {
        return listLocalUsers.list(SvmScope.of(query())).stream()
                .filter(user -> query.matches(OntapJson.localUser(user)))
                .toList();
    }

    /** The query string, read leniently: see {@link QueryParameters}. */
    private java.util.Map<String, java.util.List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
