package org.gatewayusers.rest.ontap;

import jakarta.enterprise.context.RequestScoped;
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
import org.gatewayusers.application.ontap.CreateLocalGroup;
import org.gatewayusers.application.ontap.DeleteLocalGroup;
import org.gatewayusers.application.ontap.GetLocalGroup;
import org.gatewayusers.application.ontap.GroupMembers;
import org.gatewayusers.application.ontap.ListLocalGroups;
import org.gatewayusers.application.ontap.LocalGroupView;
import org.gatewayusers.application.ontap.UpdateLocalGroup;
import org.gatewayusers.rest.wiring.InTransaction;

/** {@code /api/protocols/cifs/local-groups}: the local groups of SVMs and their members. */
@Path("api/protocols/cifs/local-groups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LocalGroupsResource {

    @Inject
    CreateLocalGroup createLocalGroup;

    @Inject
    GetLocalGroup getLocalGroup;

    @Inject
    ListLocalGroups listLocalGroups;

    @Inject
    UpdateLocalGroup updateLocalGroup;

    @Inject
    DeleteLocalGroup deleteLocalGroup;

    @Inject
    GroupMembers groupMembers;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest http;

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_GROUPS);
        List<JsonObject> records = listLocalGroups.list(SvmScope.of(query())).stream()
                .map(OntapJson::localGroup).toList();
        return Response.ok(query.apply(records, OntapJson.LOCAL_GROUPS).body()).build();
    }

    @POST
    @InTransaction
    public Response create(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        LocalGroupView group = createLocalGroup.create(RequestShape.checked(validator, LocalGroupRequest.parse(body)).toCommand());
        return Response.created(URI.create(OntapJson.localGroupHref(group)))
                .entity(OntapJson.createdOrChanged(withRecords, OntapJson.localGroup(group))).build();
    }

    @GET
    @Path("{svm.uuid}/{sid}")
    @InTransaction
    public Response get(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.LOCAL_GROUPS);
        return Response.ok(query.project(OntapJson.localGroup(getLocalGroup.get(svmUuid, sid))).toString()).build();
    }

    @PATCH
    @Path("{svm.uuid}/{sid}")
    @InTransaction
    public Response update(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid,
            @QueryParam("return_records") String returnRecords, @QueryParam("return_timeout") String returnTimeout,
            String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        LocalGroupRequest request = RequestShape.checked(validator, LocalGroupRequest.parse(body));
        request.requireOnlyNameOrDescription(svmUuid, getLocalGroup.get(svmUuid, sid).svmName());
        LocalGroupView group = updateLocalGroup.update(svmUuid, sid, request.newName(), request.newDescription());
        return Response.ok(OntapJson.createdOrChanged(withRecords, OntapJson.localGroup(group))).build();
    }

    @DELETE
    @Path("{svm.uuid}/{sid}")
    @InTransaction
    public Response delete(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid) {
        deleteLocalGroup.delete(svmUuid, sid);
        return Response.ok(OntapJson.empty()).build();
    }

    @GET
    @Path("{svm.uuid}/{sid}/members")
    @InTransaction
    public Response members(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.GROUP_MEMBERS);
        LocalGroupView group = getLocalGroup.get(svmUuid, sid);
        List<JsonObject> records = groupMembers.list(svmUuid, sid).stream()
                .map(member -> OntapJson.member(member, group)).toList();
        return Response.ok(query.apply(records, OntapJson.localGroupHref(group) + "/members").body()).build();
    }

    /** Appends the members of the body: {@code {"name": ...}} or {@code {"records": [...]}}. */
    @POST
    @Path("{svm.uuid}/{sid}/members")
    @InTransaction
    public Response addMembers(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid,
            @QueryParam("return_records") String returnRecords, @QueryParam("return_timeout") String returnTimeout,
            String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        List<String> names = MemberNames.ofBody(body);
        groupMembers.add(svmUuid, sid, names);
        if (!withRecords) {
            return Response.status(Response.Status.CREATED).entity(OntapJson.empty()).build();
        }
        LocalGroupView group = getLocalGroup.get(svmUuid, sid);
        List<JsonObject> added = names.stream()
                .map(name -> OntapJson.member(groupMembers.get(svmUuid, sid, name), group)).toList();
        return Response.status(Response.Status.CREATED).entity(OntapJson.collection(added, null)).build();
    }

    /**
     * Removes the members that the JSON body names or, without a body, those the query matches: Ansible's
     * {@code na_ontap_cifs_local_group_member} sends {@code DELETE .../members?name=<member>&return_timeout=30}.
     */
    @DELETE
    @Path("{svm.uuid}/{sid}/members")
    @InTransaction
    public Response removeMembers(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid, String body) {
        boolean filtered = query().keySet().stream().anyMatch(CollectionSchemas.GROUP_MEMBERS::isField);
        if ((body == null || body.isBlank()) && filtered) {
            CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.GROUP_MEMBERS);
            LocalGroupView group = getLocalGroup.get(svmUuid, sid);
            List<String> matching = groupMembers.list(svmUuid, sid).stream()
                    .filter(member -> query.matches(OntapJson.member(member, group)))
                    .map(LocalGroupView.Member::name).toList();
            if (!matching.isEmpty()) {
                groupMembers.remove(svmUuid, sid, matching);
            }
            return Response.ok(OntapJson.touched(matching.size())).build();
        }
        groupMembers.remove(svmUuid, sid, MemberNames.ofBody(body));
        return Response.ok(OntapJson.empty()).build();
    }

    @GET
    @Path("{svm.uuid}/{sid}/members/{name}")
    @InTransaction
    public Response member(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid,
            @PathParam("name") String name) {
        LocalGroupView group = getLocalGroup.get(svmUuid, sid);
        return Response.ok(OntapJson.member(groupMembers.get(svmUuid, sid, name), group).toString()).build();
    }

    @DELETE
    @Path("{svm.uuid}/{sid}/members/{name}")
    @InTransaction
    public Response removeMember(@PathParam("svm.uuid") String svmUuid, @PathParam("sid") String sid,
            @PathParam("name") String name) {
        groupMembers.remove(svmUuid, sid, List.of(name));
        return Response.ok(OntapJson.empty()).build();
    }

    /** The query string, read leniently: see {@link QueryParameters}. */
    private java.util.Map<String, java.util.List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
