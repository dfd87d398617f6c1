package org.gatewayusers.rest.ontap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.resources.CollectionSchemas;
import org.junit.jupiter.api.function.Executable;

/** Local-user records as the ONTAP edge renders them, and queries written as a client types them. */
public final class CollectionQueryFixtures {

    static final String LOCAL_USERS = "/api/protocols/cifs/local-users";
    static final String SVM1 = "11111111-1111-1111-1111-111111111111";
    static final String SVM2 = "22222222-2222-2222-2222-222222222222";

    private CollectionQueryFixtures() {
    }

    /** {@code params("name=alex", "fields=sid,name")}: each item is one decoded name=value; names may repeat. */
    public static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    static CollectionQuery query(String... pairs) {
        return CollectionQuery.parse(params(pairs), CollectionSchemas.LOCAL_USERS);
    }

    /** The values of one top-level member of each record, in order. */
    static List<String> column(List<JsonObject> records, String member) {
        List<String> values = new ArrayList<>();
        records.forEach(record -> values.add(record.containsKey(member) ? text(record.get(member)) : null));
        return values;
    }

    static List<String> sids(CollectionQuery.Page page) {
        return column(page.records(), "sid");
    }

    static String text(JsonValue value) {
        return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Asserts the error ONTAP answers with: its status, code and target. */
    static OntapProblem assertProblem(int status, String code, String target, Executable call) {
        OntapProblem problem = assertThrows(OntapProblem.class, call);
        assertEquals(status, problem.error().status(), problem.getMessage());
        assertEquals(code, problem.error().code(), problem.getMessage());
        assertEquals(target, problem.target(), problem.getMessage());
        return problem;
    }

    static UserRecord aUser(String shortName, int rid) {
        return new UserRecord(shortName, rid);
    }

    /** A local user record with the members of {@code OntapJson.localUser}. */
    static final class UserRecord {

        private String domain = "SMB01";
        private final String shortName;
        private final int rid;
        private String svmUuid = SVM1;
        private String svmName = "vs1";
        private String fullName;
        private String description;
        private boolean disabled;
        private final List<String[]> groups = new ArrayList<>();
        private final Map<String, JsonValue> extra = new LinkedHashMap<>();

        private UserRecord(String shortName, int rid) {
            this.shortName = shortName;
            this.rid = rid;
        }

        UserRecord onSvm(String uuid, String name, String cifsServer) {
            this.svmUuid = uuid;
            this.svmName = name;
            this.domain = cifsServer;
            return this;
        }

        UserRecord fullName(String value) {
            this.fullName = value;
            return this;
        }

        UserRecord description(String value) {
            this.description = value;
            return this;
        }

        UserRecord disabled() {
            this.disabled = true;
            return this;
        }

        UserRecord memberOf(String group, String sid) {
            groups.add(new String[] {group, sid});
            return this;
        }

        UserRecord with(String member, JsonValue value) {
            extra.put(member, value);
            return this;
        }

        String sid() {
            return "S-1-5-21-100-200-300-" + rid;
        }

        JsonObject json() {
            String self = LOCAL_USERS + "/" + svmUuid + "/" + sid();
            JsonObjectBuilder record = Json.createObjectBuilder()
                    .add("svm", Json.createObjectBuilder().add("uuid", svmUuid).add("name", svmName)
                            .add("_links", links("/api/svm/svms/" + svmUuid)))
                    .add("name", domain + "\\" + shortName)
                    .add("sid", sid())
                    .add("account_disabled", disabled);
            if (fullName != null) {
                record.add("full_name", fullName);
            }
            if (description != null) {
                record.add("description", description);
            }
            JsonArrayBuilder membership = Json.createArrayBuilder();
            groups.forEach(group -> membership.add(Json.createObjectBuilder().add("name", group[0]).add("sid", group[1])));
            record.add("membership", membership);
            extra.forEach(record::add);
            return record.add("_links", links(self)).build();
        }

        private static JsonObjectBuilder links(String href) {
            return Json.createObjectBuilder().add("self", Json.createObjectBuilder().add("href", href));
        }
    }
}
