package org.gatewayusers.rest.ontap.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
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
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gatewayusers.application.ontap.AddCifsPrivileges;
import org.gatewayusers.application.ontap.ChangeCifsPrivileges;
import org.gatewayusers.application.ontap.CifsPrivilegeView;
import org.gatewayusers.application.ontap.ListCifsPrivileges;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.json.JsonBody;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.json.SvmReference;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.OntapQuery;
import org.gatewayusers.rest.ontap.query.QueryParameters;
import org.gatewayusers.rest.transactions.InTransaction;

/**
 * {@code /api/protocols/cifs/users-and-groups/privileges}: the privileges granted to the local users and groups of
 * SVMs. {@code POST} adds privileges to a user or group ({@code {"svm": ..., "name": ..., "privileges": [...]}}),
 * {@code PATCH .../{svm.uuid}/{name}} makes them exactly those given; records are
 * {@code {"svm": {...}, "name": "SERVER\\user", "privileges": [...]}}.
 */
@Path("api/protocols/cifs/users-and-groups/privileges")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CifsPrivilegesResource {

    static final String PRIVILEGES = "/api/protocols/cifs/users-and-groups/privileges";
    static final Set<String> CREATE_FIELDS = fields(true);
    static final Set<String> CHANGE_FIELDS = fields(false);

    @Inject
    ListCifsPrivileges listPrivileges;

    @Inject
    AddCifsPrivileges addPrivileges;

    @Inject
    ChangeCifsPrivileges changePrivileges;

    @Context
    HttpServletRequest http;

    private static Set<String> fields(boolean create) {
        Set<String> fields = new HashSet<>(Set.of("name", "privileges", "_links"));
        fields.addAll(SvmReference.KEYS);
        if (!create) {
            fields.remove("name");
        }
        return Set.copyOf(fields);
    }

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.CIFS_PRIVILEGES);
        List<JsonObject> records = listPrivileges.list().stream().map(CifsPrivilegesResource::record).toList();
        return Response.ok(query.apply(records, PRIVILEGES).body()).build();
    }

    @GET
    @Path("{svm.uuid}/{name}")
    @InTransaction
    public Response get(@PathParam("svm.uuid") String svmUuid, @PathParam("name") String name) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.CIFS_PRIVILEGES);
        return listPrivileges.list().stream()
                .filter(view -> view.svmUuid().equalsIgnoreCase(svmUuid) && sameName(view.name(), name))
                .findFirst()
                .map(view -> Response.ok(query.project(record(view)).toString()).build())
                .orElseThrow(() -> new OntapProblem(OntapErrorCatalog.ENTRY_NOT_FOUND, "name"));
    }

    @POST
    @InTransaction
    public Response add(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        JsonBody json = JsonBody.parse(body).allowOnly(CREATE_FIELDS);
        SvmReference svm = SvmReference.from(json);
        if (svm.uuid().isEmpty() && svm.name().isEmpty()) {
            throw missing("svm");
        }
        String name = json.string("name").orElseThrow(() -> missing("name"));
        CifsPrivilegeView granted = addPrivileges.add(svm.selector(), name, privileges(body));
        return Response.created(URI.create(href(granted)))
                .entity(OntapJson.createdOrChanged(withRecords, record(granted))).build();
    }

    /** Terraform sends {@code "svm": {}} in the body of a change: an SVM named there must be the path's. */
    @PATCH
    @Path("{svm.uuid}/{name}")
    @InTransaction
    public Response change(@PathParam("svm.uuid") String svmUuid, @PathParam("name") String name,
            @QueryParam("return_records") String returnRecords, @QueryParam("return_timeout") String returnTimeout,
            String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        JsonBody json = JsonBody.parse(body).allowOnly(CHANGE_FIELDS);
        SvmReference svm = SvmReference.from(json);
        if (svm.uuid().filter(uuid -> !uuid.equalsIgnoreCase(svmUuid)).isPresent()) {
            throw OntapProblem.badField("svm", "Field \"svm\" cannot be modified.");
        }
        CifsPrivilegeView changed = changePrivileges.change(svmUuid, name, privileges(body));
        if (svm.name().filter(given -> !given.equals(changed.svmName())).isPresent()) {
            throw OntapProblem.badField("svm", "Field \"svm\" cannot be modified.");
        }
        return Response.ok(OntapJson.createdOrChanged(withRecords, record(changed))).build();
    }

    /** The {@code privileges} array of a body: strings only. */
    private static List<String> privileges(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readObject().get("privileges");
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw OntapProblem.badField("privileges", "Field \"privileges\" must be an array of strings.");
        }
        List<String> names = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString text)) {
                throw OntapProblem.badField("privileges", "Field \"privileges\" must be an array of strings.");
            }
            names.add(text.getString());
        }
        return names;
    }

    static JsonObject record(CifsPrivilegeView view) {
        JsonArrayBuilder privileges = Json.createArrayBuilder();
        view.privileges().forEach(privileges::add);
        return Json.createObjectBuilder()
                .add("svm", OntapJson.svmRef(view.svmUuid(), view.svmName()))
                .add("name", view.name())
                .add("privileges", privileges)
                .add("_links", OntapJson.links(href(view)))
                .build();
    }

    private static String href(CifsPrivilegeView view) {
        return PRIVILEGES + "/" + view.svmUuid() + "/" + CollectionQuery.encode(view.name());
    }

    /** A path names the holder qualified or short, in any case. */
    private static boolean sameName(String qualified, String given) {
        String shortName = qualified.substring(qualified.lastIndexOf('\\') + 1);
        return qualified.equalsIgnoreCase(given) || (!given.contains("\\") && shortName.equalsIgnoreCase(given));
    }

    private static OntapProblem missing(String field) {
        return new OntapProblem(OntapErrorCatalog.REQUIRED_FIELD_MISSING
                .withMessage("Missing value for required field: " + field + "."), field);
    }

    private java.util.Map<String, List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
