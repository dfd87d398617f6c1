package org.gatewayusers.rest.ontap.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gatewayusers.application.ontap.ListLocalUsers;
import org.gatewayusers.application.ontap.LocalUserChanges;
import org.gatewayusers.application.ontap.LocalUserView;
import org.gatewayusers.application.ontap.UpdateLocalUser;
import org.gatewayusers.rest.ontap.errors.OntapError;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.json.JsonBody;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.QueryParameters;
import org.gatewayusers.rest.ontap.query.QueryProjection;
import org.gatewayusers.rest.transactions.InTransaction;

/**
 * {@code /api/private/cli/vserver/cifs/users-and-groups/local-user}: ONTAP's CLI passthrough for
 * {@code vserver cifs users-and-groups local-user show|modify}, which Ansible's {@code na_ontap_cifs_local_user_modify}
 * uses. Query and {@code fields} take the CLI's names ({@code vserver}, {@code user-name}, {@code full-name},
 * {@code description}, {@code is-account-disabled}; {@code _} for {@code -} is accepted too); records carry them with
 * {@code _}. A {@code PATCH} changes every user the query matches and answers how many.
 */
@Path("api/private/cli/vserver/cifs/users-and-groups/local-user")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PrivateCliLocalUsersResource {

    static final String PATH = "/api/private/cli/vserver/cifs/users-and-groups/local-user";

    /** CLI field (in its JSON form) to the field of {@code /api/protocols/cifs/local-users} that holds it. */
    private static final Map<String, String> CLI_TO_REST = cliToRest();
    private static final Set<String> KEYS = Set.of("vserver", "user_name");
    private static final Set<String> CHANGEABLE = Set.of("full_name", "description", "is_account_disabled");

    @Inject
    ListLocalUsers listLocalUsers;

    @Inject
    UpdateLocalUser updateLocalUser;

    @Context
    HttpServletRequest http;

    private static Map<String, String> cliToRest() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vserver", "svm.name");
        fields.put("user_name", "name");
        fields.put("full_name", "full_name");
        fields.put("description", "description");
        fields.put("is_account_disabled", "account_disabled");
        return fields;
    }

    @GET
    @InTransaction
    public Response show() {
        Set<String> fields = fields();
        List<JsonObject> records = new ArrayList<>();
        forEachMatch(user -> records.add(record(user, fields)));
        return Response.ok(OntapJson.collection(records, PATH)).build();
    }

    @PATCH
    @InTransaction
    public Response modify(String body) {
        JsonBody json = JsonBody.parse(cliBody(body)).allowOnly(CHANGEABLE);
        LocalUserChanges changes = new LocalUserChanges(Optional.empty(), Optional.empty(), json.string("full_name"),
                json.string("description"), json.bool("is_account_disabled"), Optional.empty());
        int touched = forEachMatch(user -> updateLocalUser.update(user.svmUuid(), user.sid(), changes));
        return Response.ok(OntapJson.touched(touched)).build();
    }

    /** Visits the users the CLI query matches, through the local users' query rules, in the database. */
    private int forEachMatch(Consumer<LocalUserView> visit) {
        Map<String, List<String>> rest = new LinkedHashMap<>();
        query().forEach((name, values) -> {
            String cli = cliName(name);
            if (CLI_TO_REST.containsKey(cli)) {
                rest.put(CLI_TO_REST.get(cli), values);
            } else if (!cli.equals(QueryProjection.PARAMETER) && !cli.equals("return_timeout")) {
                throw OntapProblem.badField(name, "Unexpected argument \"" + name + "\".");
            }
        });
        CollectionQuery query = CollectionQuery.parse(rest, CollectionSchemas.LOCAL_USERS);
        return query.typed(CollectionSchemas.LOCAL_USER_FIELDS)
                .map(typed -> listLocalUsers.forEachMatch(typed, visit))
                .orElse(0);
    }

    /** The CLI fields asked for, in their JSON form; the keys always. */
    private Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(KEYS);
        for (String value : query().getOrDefault(QueryProjection.PARAMETER, List.of())) {
            for (String item : value.split(",")) {
                String name = cliName(item.trim());
                if (name.isEmpty()) {
                    continue;
                }
                if (!CLI_TO_REST.containsKey(name)) {
                    throw new OntapProblem(new OntapError(400, QueryProjection.ERROR_CODE,
                            "Unexpected argument \"" + item.trim() + "\" in \"fields\"."), QueryProjection.PARAMETER);
                }
                fields.add(name);
            }
        }
        return fields;
    }

    private static JsonObject record(LocalUserView user, Set<String> fields) {
        JsonObjectBuilder record = Json.createObjectBuilder();
        for (String field : fields) {
            switch (field) {
                case "vserver" -> record.add(field, user.svmName());
                case "user_name" -> record.add(field, user.name());
                case "full_name" -> record.add(field, Optional.ofNullable(user.fullName()).orElse(""));
                case "description" -> record.add(field, Optional.ofNullable(user.description()).orElse(""));
                case "is_account_disabled" -> record.add(field, user.accountDisabled());
                default -> throw new IllegalStateException("A CLI field without a value: " + field);
            }
        }
        return record.build();
    }

    /** A PATCH body may name the CLI fields with {@code -} too. */
    private static String cliBody(String body) {
        JsonBody.parse(body); // refuses what is not one JSON object, as for every ONTAP body
        if (body == null || body.isBlank()) {
            return "{}";
        }
        JsonObject given;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            given = reader.readObject();
        }
        JsonObjectBuilder renamed = Json.createObjectBuilder();
        given.forEach((name, value) -> renamed.add(cliName(name), value));
        return renamed.build().toString();
    }

    private static String cliName(String name) {
        return name.replace('-', '_');
    }

    private Map<String, List<String>> query() {
        return QueryParameters.of(http.getQueryString());
    }
}
