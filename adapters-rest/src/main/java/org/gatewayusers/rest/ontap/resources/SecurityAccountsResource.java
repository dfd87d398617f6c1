package org.gatewayusers.rest.ontap.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import java.util.Set;
import org.gatewayusers.application.access.ApiAccountField;
import org.gatewayusers.application.access.ApiAccountView;
import org.gatewayusers.application.access.CreateApiAccount;
import org.gatewayusers.application.access.CreateApiAccountCommand;
import org.gatewayusers.application.access.DeleteApiAccount;
import org.gatewayusers.application.access.ListApiAccounts;
import org.gatewayusers.application.access.UpdateApiAccount;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.rest.ontap.access.OntapAccountStore;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.json.JsonBody;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.OntapQuery;
import org.gatewayusers.rest.ontap.query.QueryParameters;
import org.gatewayusers.rest.transactions.InTransaction;

/**
 * {@code /api/security/accounts}: the accounts that may call this API (HTTP Basic), as ONTAP's cluster-scoped
 * accounts with the application {@code http} and the method {@code password}; roles {@code admin} and
 * {@code readonly}. Stored ones are created, changed and deleted here by an admin; those of the service's
 * configuration are listed but fixed. Passwords are stored as slow salted hashes and never shown.
 */
@Path("api/security/accounts")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SecurityAccountsResource {

    static final String ACCOUNTS = "/api/security/accounts";
    /** Every account here is the cluster's. */
    static final String SCOPE = "cluster";
    public static final Set<String> CREATE_FIELDS = Set.of("name", "password", "role", "role.name", "applications",
            "owner", "owner.name", "owner.uuid", "scope", "locked");
    public static final Set<String> CHANGE_FIELDS = Set.of("password", "role", "role.name", "applications", "owner",
            "owner.name", "owner.uuid", "name", "scope", "locked");
    private static final Set<String> APPLICATION_FIELDS =
            Set.of("application", "authentication_methods", "second_authentication_method");
    private static final Set<String> OWNER_FIELDS = Set.of("uuid", "name");

    @Inject
    CreateApiAccount createAccount;

    @Inject
    ListApiAccounts listAccounts;

    @Inject
    UpdateApiAccount updateAccount;

    @Inject
    DeleteApiAccount deleteAccount;

    @Inject
    OntapAccountStore accountStore;

    @Context
    HttpServletRequest http;

    @POST
    @InTransaction
    public Response create(@QueryParam("return_records") String returnRecords,
            @QueryParam("return_timeout") String returnTimeout, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        OntapQuery.returnTimeout(returnTimeout);
        JsonBody json = JsonBody.parse(body).allowOnly(CREATE_FIELDS);
        checkApplicationsAndOwner(json);
        String name = json.string("name").orElseThrow(() -> missing("name"));
        String password = json.string("password").orElseThrow(() -> missing("password"));
        String role = role(json).orElseThrow(() -> missing("role"));
        Optional<Boolean> locked = json.bool("locked");
        ApiAccountView account = createAccount.create(new CreateApiAccountCommand(name, Password.of(password), role));
        if (locked.orElse(false)) {
            account = updateAccount.update(account.name(), Optional.empty(), Optional.empty(), locked);
        }
        accountStore.forgetAll();
        return Response.created(URI.create(href(account.name())))
                .entity(OntapJson.createdOrChanged(withRecords, record(account))).build();
    }

    @GET
    @InTransaction
    public Response list() {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.SECURITY_ACCOUNTS);
        Optional<RecordQuery<ApiAccountField>> typed = query.typed(CollectionSchemas.SECURITY_ACCOUNT_FIELDS,
                CollectionSchemas.SECURITY_ACCOUNT_CONSTANTS);
        if (query.countsOnly()) {
            return Response.ok(query.counted(typed.map(listAccounts::count).orElse(0L), ACCOUNTS).body()).build();
        }
        RecordPage<ApiAccountView> page = typed.map(listAccounts::page).orElse(new RecordPage<>(List.of(), false));
        List<JsonObject> records = page.records().stream().map(SecurityAccountsResource::record).toList();
        return Response.ok(query.page(records, page.more(), ACCOUNTS).body()).build();
    }

    @GET
    @Path("{owner}/{name}")
    @InTransaction
    public Response get(@PathParam("owner") String owner, @PathParam("name") String name) {
        CollectionQuery query = CollectionQuery.parse(query(), CollectionSchemas.SECURITY_ACCOUNTS);
        ApiAccountView account = ownedByTheCluster(owner).flatMap(o -> listAccounts.named(name))
                .orElseThrow(() -> new OntapProblem(OntapErrorCatalog.ENTRY_NOT_FOUND, "name"));
        return Response.ok(query.project(record(account)).toString()).build();
    }

    /**
     * Sets the password (Ansible's {@code na_ontap_user} sends {@code {"password": ...}}) or the role, or locks or
     * unlocks the account ({@code {"locked": true}} / {@code false}, configured accounts too).
     */
    @PATCH
    @Path("{owner}/{name}")
    @InTransaction
    public Response change(@PathParam("owner") String owner, @PathParam("name") String name,
            @QueryParam("return_records") String returnRecords, String body) {
        boolean withRecords = OntapQuery.returnRecords(returnRecords, false);
        JsonBody json = JsonBody.parse(body).allowOnly(CHANGE_FIELDS);
        checkApplicationsAndOwner(json);
        if (json.string("name").filter(given -> !given.equals(name)).isPresent()) {
            throw OntapProblem.badField("name", "An account cannot be renamed.");
        }
        ownedByTheCluster(owner).orElseThrow(() -> new OntapProblem(OntapErrorCatalog.ENTRY_NOT_FOUND, "owner.uuid"));
        ApiAccountView account = updateAccount.update(name, json.string("password").map(Password::of), role(json),
                json.bool("locked"));
        accountStore.forgetAll();
        return Response.ok(OntapJson.createdOrChanged(withRecords, record(account))).build();
    }

    @DELETE
    @Path("{owner}/{name}")
    @InTransaction
    public Response delete(@PathParam("owner") String owner, @PathParam("name") String name) {
        ownedByTheCluster(owner).orElseThrow(() -> new OntapProblem(OntapErrorCatalog.ENTRY_NOT_FOUND, "owner.uuid"));
        deleteAccount.delete(name);
        accountStore.forgetAll();
        return Response.ok(OntapJson.empty()).build();
    }

    private static void checkApplicationsAndOwner(JsonBody json) {
        for (JsonBody application : json.objects("applications")) {
            application.allowOnly(APPLICATION_FIELDS);
            application.string("application").filter(a -> !a.equals("http"))
                    .ifPresent(a -> {
                        throw OntapProblem.badField("applications.application",
                                "Only the application \"http\" (this REST API) is served.");
                    });
        }
        json.object("owner").ifPresent(owner -> requireTheCluster(owner.allowOnly(OWNER_FIELDS).string("uuid"),
                owner.string("name")));
        // Ansible's na_ontap_user sends the flat keys "owner.name" (and "role.name")
        requireTheCluster(json.string("owner.uuid"), json.string("owner.name"));
        json.string("scope").filter(scope -> !scope.equals(SCOPE)).ifPresent(scope -> {
            throw OntapProblem.badField("scope", "Accounts belong to the cluster: SVM-scoped accounts are not served.");
        });
    }

    private static void requireTheCluster(Optional<String> uuid, Optional<String> name) {
        boolean cluster = uuid.map(ClusterResource.UUID::equals).orElse(true)
                && name.map(ClusterResource.NAME::equals).orElse(true);
        if (!cluster) {
            throw OntapProblem.badField("owner", "Accounts belong to the cluster: SVM-scoped accounts are not served.");
        }
    }

    /** {@code "role": "admin"}, {@code "role": {"name": "admin"}} or the flat {@code "role.name": "admin"}. */
    private static Optional<String> role(JsonBody json) {
        return json.stringOrNamed("role").or(() -> json.string("role.name"));
    }

    private static Optional<String> ownedByTheCluster(String owner) {
        return ClusterResource.UUID.equals(owner) ? Optional.of(owner) : Optional.empty();
    }

    private static OntapProblem missing(String field) {
        return new OntapProblem(OntapErrorCatalog.REQUIRED_FIELD_MISSING
                .withMessage("Missing value for required field: " + field + "."), field);
    }

    static String href(String name) {
        return ACCOUNTS + "/" + ClusterResource.UUID + "/" + CollectionQuery.encode(name);
    }

    public static JsonObject record(ApiAccountView account) {
        return Json.createObjectBuilder()
                .add("owner", Json.createObjectBuilder().add("uuid", ClusterResource.UUID).add("name", ClusterResource.NAME))
                .add("name", account.name())
                .add("role", Json.createObjectBuilder().add("name", account.role()))
                .add("applications", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("application", "http")
                        .add("authentication_methods", Json.createArrayBuilder().add("password"))
                        .add("second_authentication_method", "none")))
                .add("scope", SCOPE)
                .add("locked", account.locked())
                .add("_links", OntapJson.links(href(account.name())))
                .build();
    }

    private java.util.Map<String, java.util.List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
