package org.gatewayusers.rest.ontap.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.Optional;
import java.util.function.Consumer;
import org.gatewayusers.application.ontap.CreateLocalUser;
import org.gatewayusers.application.ontap.CreateLocalUserCommand;
import org.gatewayusers.application.ontap.DeleteLocalUser;
import org.gatewayusers.application.ontap.GetLocalUser;
import org.gatewayusers.application.ontap.ListLocalUsers;
import org.gatewayusers.application.ontap.LocalUserField;
import org.gatewayusers.application.ontap.LocalUserPage;
import org.gatewayusers.application.ontap.LocalUserView;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.ontap.UpdateLocalUser;
import org.gatewayusers.rest.ontap.json.LocalUserRequest;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.json.RequestShape;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.OntapQuery;
import org.gatewayusers.rest.ontap.query.QueryParameters;
import org.gatewayusers.rest.transactions.GroupCommit;
import org.gatewayusers.rest.transactions.InTransaction;

/** {@code /api/protocols/cifs/local-users}: the CIFS local users of SVMs. */
@Path("api/protocols/cifs/local-users")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class LocalUsersResource {

    /** How many users a bulk change reads at a time. */

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
    GroupCommit groupCommit;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest http;

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_USERS);
        Optional<RecordQuery<LocalUserField>> typed = query.typed(CollectionSchemas.LOCAL_USER_FIELDS);
        if (query.countsOnly()) {
            long count = typed.map(listLocalUsers::count).orElse(0L);
            return Response.ok(query.counted(count, OntapJson.LOCAL_USERS).body()).build();
        }
        LocalUserPage page = typed.map(listLocalUsers::page).orElse(new LocalUserPage(List.of(), false));
        List<JsonObject> records = page.records().stream().map(OntapJson::localUser).toList();
        return Response.ok(query.page(records, page.more(), OntapJson.LOCAL_USERS).body()).build();
    }

    /** In a transaction shared with the creates arriving at the same moment: see {@link GroupCommit}. */
    @POST
    public Response create(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        CreateLocalUserCommand command = RequestShape.checked(validator, LocalUserRequest.parse(body)).toCommand();
        LocalUserView user = groupCommit.run(command.svm(), () -> createLocalUser.create(command));
        return Response.created(URI.create(OntapJson.localUserHref(user)))
                .entity(OntapJson.createdOrChanged(withRecords, OntapJson.localUser(user))).build();
    }

    /** Changes every user the query matches, in one transaction: all or none. */
    @PATCH
    @InTransaction
    public Response updateAll(String body) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_USERS);
        LocalUserRequest request = RequestShape.checked(validator, LocalUserRequest.parse(body));
        Optional<RecordQuery<LocalUserField>> typed = query.typed(CollectionSchemas.LOCAL_USER_FIELDS);
        if (typed.isEmpty()) {
            return Response.ok(OntapJson.touched(0)).build();
        }
        if (!request.namesSvm()) {
            // full name, description, enabled: one statement for every match
            java.util.OptionalLong changed = updateLocalUser.updateAll(typed.get(), request.toChanges());
            if (changed.isPresent()) {
                return Response.ok(OntapJson.touched((int) changed.getAsLong())).build();
            }
        }
        int touched = forEachMatch(query, user -> {
            request.requireSameSvm(user.svmUuid(), user.svmName());
            updateLocalUser.update(user.svmUuid(), user.sid(), request.toChanges());
        });
        return Response.ok(OntapJson.touched(touched)).build();
    }

    /** Deletes every user the query matches, in one transaction: all or none. */
    @DELETE
    @InTransaction
    public Response deleteAll() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_USERS);
        long deleted = query.typed(CollectionSchemas.LOCAL_USER_FIELDS).map(deleteLocalUser::deleteAll).orElse(0L);
        return Response.ok(OntapJson.touched((int) deleted)).build();
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

    /**
     * Visits every user the query's filters match: see {@link ListLocalUsers#forEachMatch}.
     */
    private int forEachMatch(CollectionQuery query, Consumer<LocalUserView> change) {
        return query.typed(CollectionSchemas.LOCAL_USER_FIELDS)
                .map(typed -> listLocalUsers.forEachMatch(typed, change))
                .orElse(0);
    }

    /** The query string, read leniently: see {@link QueryParameters}. */
    private java.util.Map<String, java.util.List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
