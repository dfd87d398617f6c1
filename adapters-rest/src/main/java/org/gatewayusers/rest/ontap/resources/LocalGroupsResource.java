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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.CreateLocalGroup;
import org.gatewayusers.application.ontap.DeleteLocalGroup;
import org.gatewayusers.application.ontap.GetLocalGroup;
import org.gatewayusers.application.ontap.GroupMemberField;
import org.gatewayusers.application.ontap.GroupMembers;
import org.gatewayusers.application.ontap.ListLocalGroups;
import org.gatewayusers.application.ontap.LocalGroupField;
import org.gatewayusers.application.ontap.LocalGroupView;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.ontap.UpdateLocalGroup;
import org.gatewayusers.rest.ontap.json.LocalGroupRequest;
import org.gatewayusers.rest.ontap.json.MemberNames;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.json.RequestShape;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.OntapQuery;
import org.gatewayusers.rest.ontap.query.QueryParameters;
import org.gatewayusers.rest.transactions.InTransaction;

/** {@code /api/protocols/cifs/local-groups}: the local groups of SVMs and their members. */
@Path("api/protocols/cifs/local-groups")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class LocalGroupsResource {

    /** How many members a removal by query reads at a time. */
    private static final int BATCH = 500;

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
        Optional<RecordQuery<LocalGroupField>> typed = query.typed(CollectionSchemas.LOCAL_GROUP_FIELDS);
        if (query.countsOnly()) {
            long count = typed.map(listLocalGroups::count).orElse(0L);
            return Response.ok(query.counted(count, OntapJson.LOCAL_GROUPS).body()).build();
        }
        boolean withMembers = query.selects("members");
        RecordPage<LocalGroupView> page = typed.map(groups -> listLocalGroups.page(groups, withMembers))
                .orElse(new RecordPage<>(List.of(), false));
        List<JsonObject> records = page.records().stream().map(OntapJson::localGroup).toList();
        return Response.ok(query.page(records, page.more(), OntapJson.LOCAL_GROUPS).body()).build();
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
        LocalGroupView group = getLocalGroup.withoutMembers(svmUuid, sid);
        String path = OntapJson.localGroupHref(group) + "/members";
        Optional<RecordQuery<GroupMemberField>> typed = query.typed(CollectionSchemas.GROUP_MEMBER_FIELDS);
        if (query.countsOnly()) {
            long count = typed.map(members -> groupMembers.count(svmUuid, sid, members)).orElse(0L);
            return Response.ok(query.counted(count, path).body()).build();
        }
        RecordPage<LocalGroupView.Member> page = typed.map(members -> groupMembers.page(svmUuid, sid, members))
                .orElse(new RecordPage<>(List.of(), false));
        List<JsonObject> records = page.records().stream().map(member -> OntapJson.member(member, group)).toList();
        return Response.ok(query.page(records, page.more(), path).body()).build();
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
            getLocalGroup.withoutMembers(svmUuid, sid);
            List<String> matching = matchingMembers(svmUuid, sid, query);
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

    /** The names of the members the query's filters match, read a page at a time in name order. */
    private List<String> matchingMembers(String svmUuid, String sid, CollectionQuery query) {
        Optional<RecordQuery<GroupMemberField>> typed = query.typed(CollectionSchemas.GROUP_MEMBER_FIELDS);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<RecordQuery.SortKey<GroupMemberField>> byName = List.of(new RecordQuery.SortKey<>(GroupMemberField.NAME, false));
        RecordQuery<GroupMemberField> batch = new RecordQuery<>(typed.get().filters(), byName, null, BATCH);
        List<String> names = new ArrayList<>();
        while (true) {
            RecordPage<LocalGroupView.Member> page = groupMembers.page(svmUuid, sid, batch);
            page.records().forEach(member -> names.add(member.name()));
            if (!page.more()) {
                return names;
            }
            batch = new RecordQuery<>(batch.filters(), byName, List.of(names.get(names.size() - 1)), BATCH);
        }
    }

    /** The query string, read leniently: see {@link QueryParameters}. */
    private java.util.Map<String, java.util.List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
