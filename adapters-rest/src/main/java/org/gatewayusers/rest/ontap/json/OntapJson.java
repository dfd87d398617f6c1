package org.gatewayusers.rest.ontap.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import org.gatewayusers.application.ontap.LocalGroupView;
import org.gatewayusers.application.ontap.LocalUserView;
import org.gatewayusers.application.ontap.SvmView;
import org.gatewayusers.domain.ontap.SvmRules;
import org.gatewayusers.rest.ontap.query.CollectionQuery;

/** The ONTAP JSON shapes of the records this service returns. */
public final class OntapJson {

    /**
     * The JSON-P provider, looked up once: every {@code Json.createObjectBuilder()} or {@code Json.createParser()}
     * looks it up again (a service-loader scan of the application's class path), a cost seen in every request's profile.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    public static final String LOCAL_USERS = "/api/protocols/cifs/local-users";
    public static final String SVMS = "/api/svm/svms";
    public static final String CIFS_SERVICES = "/api/protocols/cifs/services";
    public static final String LOCAL_GROUPS = "/api/protocols/cifs/local-groups";

    private OntapJson() {
    }

    public static JsonObjectBuilder links(String self) {
        return JSON.createObjectBuilder().add("self", JSON.createObjectBuilder().add("href", self));
    }

    public static String localUserHref(LocalUserView user) {
        return LOCAL_USERS + "/" + user.svmUuid() + "/" + user.sid();
    }

    public static JsonObjectBuilder svmRef(String uuid, String name) {
        return JSON.createObjectBuilder().add("uuid", uuid).add("name", name).add("_links", links(SVMS + "/" + uuid));
    }

    public static JsonObject localUser(LocalUserView user) {
        JsonObjectBuilder record = JSON.createObjectBuilder()
                .add("svm", svmRef(user.svmUuid(), user.svmName()))
                .add("name", user.name())
                .add("sid", user.sid())
                .add("account_disabled", user.accountDisabled());
        if (user.fullName() != null) {
            record.add("full_name", user.fullName());
        }
        if (user.description() != null) {
            record.add("description", user.description());
        }
        JsonArrayBuilder membership = JSON.createArrayBuilder();
        user.membership().forEach(group -> membership.add(JSON.createObjectBuilder().add("name", group.name()).add("sid", group.sid())));
        return record.add("membership", membership).add("_links", links(localUserHref(user))).build();
    }

    public static String localGroupHref(LocalGroupView group) {
        return LOCAL_GROUPS + "/" + group.svmUuid() + "/" + group.sid();
    }

    public static JsonObject localGroup(LocalGroupView group) {
        JsonObjectBuilder record = JSON.createObjectBuilder()
                .add("svm", svmRef(group.svmUuid(), group.svmName()))
                .add("name", group.name())
                .add("sid", group.sid());
        if (group.description() != null) {
            record.add("description", group.description());
        }
        JsonArrayBuilder members = JSON.createArrayBuilder();
        group.members().forEach(member -> members.add(JSON.createObjectBuilder().add("name", member.name())));
        return record.add("members", members).add("_links", links(localGroupHref(group))).build();
    }

    /** A member of a group: its name and the group's SVM, which clients filter and select by. */
    public static JsonObject member(LocalGroupView.Member member, LocalGroupView group) {
        String groupHref = localGroupHref(group);
        return JSON.createObjectBuilder()
                .add("svm", svmRef(group.svmUuid(), group.svmName()))
                .add("name", member.name())
                .add("_links", links(groupHref + "/members/" + CollectionQuery.encode(member.name())))
                .build();
    }

    /**
     * An SVM as this service runs it ({@link SvmRules}): a running data SVM of the {@code Default} IPspace without
     * aggregates or volumes (it holds users, not data), with only the CIFS protocol allowed, and enabled once it has a
     * CIFS server; its comment where it has one.
     */
    public static JsonObject svm(SvmView svm) {
        JsonObjectBuilder record = JSON.createObjectBuilder()
                .add("uuid", svm.uuid())
                .add("name", svm.name())
                .add("subtype", SvmRules.SUBTYPE)
                .add("state", SvmRules.STATE)
                .add("language", SvmRules.LANGUAGE);
        if (svm.comment() != null) {
            record.add("comment", svm.comment());
        }
        record.add("ipspace", JSON.createObjectBuilder().add("name", SvmRules.IPSPACE))
                .add("snapshot_policy", JSON.createObjectBuilder().add("name", SvmRules.SNAPSHOT_POLICY))
                .add("aggregates", JSON.createArrayBuilder())
                .add("max_volumes", SvmRules.MAX_VOLUMES);
        for (String protocol : SvmRules.PROTOCOLS) {
            boolean running = SvmRules.runs(protocol, svm.cifsServer() != null);
            JsonObjectBuilder service = JSON.createObjectBuilder().add("allowed", SvmRules.allows(protocol));
            if (!protocol.equals("ndmp")) {
                // ONTAP's ndmp object has no "enabled": its service is /api/protocols/ndmp/svms
                service.add("enabled", running);
            }
            if (running) {
                service.add("name", svm.cifsServer());
            }
            record.add(protocol, service);
        }
        return record.add("_links", links(SVMS + "/" + svm.uuid())).build();
    }

    public static JsonObject cifsService(SvmView svm) {
        return JSON.createObjectBuilder()
                .add("svm", svmRef(svm.uuid(), svm.name()))
                .add("name", svm.cifsServer())
                .add("enabled", true)
                .add("_links", links(CIFS_SERVICES + "/" + svm.uuid()))
                .build();
    }

    /** {@code {"num_records": n, "records": [...]}}, with a self link when the collection has one. */
    public static String collection(List<JsonObject> records, String self) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        records.forEach(array::add);
        JsonObjectBuilder body = JSON.createObjectBuilder().add("records", array).add("num_records", records.size());
        if (self != null) {
            body.add("_links", links(self));
        }
        return body.build().toString();
    }

    public static String empty() {
        return "{}";
    }

    /** The answer of a {@code PATCH} or {@code DELETE} on a collection: how many records it touched. */
    public static String touched(int count) {
        return JSON.createObjectBuilder().add("num_records", count).build().toString();
    }

    /** The answer of a create or change: {@code {}}, or the record when {@code return_records=true}. */
    public static String createdOrChanged(boolean withRecords, JsonObject record) {
        return withRecords ? collection(List.of(record), null) : empty();
    }
}
