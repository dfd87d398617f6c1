package org.gatewayusers.rest.ontap.resources;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatewayusers.application.access.ApiAccountField;
import org.gatewayusers.application.access.ApiAccountView;
import org.gatewayusers.application.ontap.CifsServiceField;
import org.gatewayusers.application.ontap.GroupMemberField;
import org.gatewayusers.application.ontap.LocalGroupField;
import org.gatewayusers.application.ontap.LocalUserField;
import org.gatewayusers.application.ontap.SvmField;
import org.gatewayusers.application.ontap.SvmView;
import org.gatewayusers.rest.ontap.json.OntapJson;
import org.gatewayusers.rest.ontap.query.CollectionSchema;
import org.gatewayusers.rest.ontap.query.QueryValues;

/** The schemas of the ONTAP collections this service serves, as section 1 of the families page lists them. */
public final class CollectionSchemas {

    private static final String SAMPLE_UUID = "00000000-0000-0000-0000-000000000000";

    /**
     * {@code /api/protocols/cifs/local-users}: records carry {@code svm}, {@code sid}, {@code name} and
     * {@code _links} whatever {@code fields} says; {@code name} is
     * <code>CIFS_SERVER&#92;user</code> and a short name finds it.
     */
    public static final CollectionSchema LOCAL_USERS = OntapDocumentedFields.LOCAL_USER
            .documentedIn(CollectionSchema.keyedBy("svm.uuid", "sid"))
            .withAlwaysFields("svm", "sid", "name", "_links")
            .withDomainQualifiedField("name")
            .withExpensiveFields("membership")
            .withStringFields("full_name", "description");

    /** The fields of {@link #LOCAL_USERS} that the application's queries know. */
    public static final Map<String, LocalUserField> LOCAL_USER_FIELDS = Map.of(
            "name", LocalUserField.NAME,
            "full_name", LocalUserField.FULL_NAME,
            "description", LocalUserField.DESCRIPTION,
            "sid", LocalUserField.SID,
            "account_disabled", LocalUserField.ACCOUNT_DISABLED,
            "svm.name", LocalUserField.SVM_NAME,
            "svm.uuid", LocalUserField.SVM_UUID,
            "membership.name", LocalUserField.MEMBERSHIP_NAME,
            "membership.sid", LocalUserField.MEMBERSHIP_SID);

    /** {@code /api/protocols/cifs/local-groups}: like local users, names are domain-qualified. */
    public static final CollectionSchema LOCAL_GROUPS = OntapDocumentedFields.LOCAL_GROUP
            .documentedIn(CollectionSchema.keyedBy("svm.uuid", "sid"))
            .withAlwaysFields("svm", "sid", "name", "_links")
            .withDomainQualifiedField("name")
            .withDomainQualifiedField("members.name")
            .withExpensiveFields("members")
            .withStringFields("description");

    /** The fields of {@link #LOCAL_GROUPS} that the application's queries know. */
    public static final Map<String, LocalGroupField> LOCAL_GROUP_FIELDS = Map.of(
            "name", LocalGroupField.NAME,
            "description", LocalGroupField.DESCRIPTION,
            "sid", LocalGroupField.SID,
            "svm.name", LocalGroupField.SVM_NAME,
            "svm.uuid", LocalGroupField.SVM_UUID,
            "members.name", LocalGroupField.MEMBERS_NAME);

    /** {@code /api/protocols/cifs/local-groups/{svm.uuid}/{sid}/members}: one record per member name. */
    public static final CollectionSchema GROUP_MEMBERS = OntapDocumentedFields.GROUP_MEMBER
            .documentedIn(CollectionSchema.keyedBy("name"))
            .withAlwaysFields("name", "_links")
            .withDomainQualifiedField("name");

    /** The fields of {@link #GROUP_MEMBERS} that the application's queries know. */
    public static final Map<String, GroupMemberField> GROUP_MEMBER_FIELDS = Map.of(
            "name", GroupMemberField.NAME,
            "svm.name", GroupMemberField.SVM_NAME,
            "svm.uuid", GroupMemberField.SVM_UUID);

    /** {@code /api/svm/svms}: clients ask {@code ?name=<svm>&fields=uuid}. */
    public static final CollectionSchema SVMS = OntapDocumentedFields.SVM.documentedIn(CollectionSchema.keyedBy("uuid"))
            .withAlwaysFields("uuid", "name", "_links")
            .withStringFields("comment");

    /** The fields of {@link #SVMS} that the application's queries know. */
    public static final Map<String, SvmField> SVM_FIELDS = Map.of(
            "uuid", SvmField.UUID,
            "name", SvmField.NAME,
            "comment", SvmField.COMMENT);

    /** The fields of {@link #SVMS} that every SVM here has the same value of: its fixed settings. */
    public static final Map<String, List<JsonValue>> SVM_CONSTANTS = constants(
            OntapJson.svm(new SvmView(SAMPLE_UUID, "sample", true, null)), "subtype", "state", "language",
            "ipspace.name", "snapshot_policy.name", "max_volumes");

    /** {@code /api/protocols/cifs/services}: one CIFS server per SVM. */
    public static final CollectionSchema CIFS_SERVICES = OntapDocumentedFields.CIFS_SERVICE
            .documentedIn(CollectionSchema.keyedBy("svm.uuid"))
            .withAlwaysFields("svm", "name", "_links");

    /** The fields of {@link #CIFS_SERVICES} that the application's queries know. */
    public static final Map<String, CifsServiceField> CIFS_SERVICE_FIELDS = Map.of(
            "svm.uuid", CifsServiceField.SVM_UUID,
            "svm.name", CifsServiceField.SVM_NAME,
            "name", CifsServiceField.NAME);

    /** A CIFS server here always runs. */
    public static final Map<String, List<JsonValue>> CIFS_SERVICE_CONSTANTS = constants(
            OntapJson.cifsService(new SvmView(SAMPLE_UUID, "sample", true, "SAMPLE")), "enabled");

    /** {@code /api/security/accounts}: the accounts that may call this API, keyed by owner (the cluster) and name. */
    public static final CollectionSchema SECURITY_ACCOUNTS = OntapDocumentedFields.SECURITY_ACCOUNT
            .documentedIn(CollectionSchema.keyedBy("owner.uuid", "name"))
            .withAlwaysFields("owner", "name", "role", "applications", "_links");

    /** The fields of {@link #SECURITY_ACCOUNTS} that the application's queries know. */
    public static final Map<String, ApiAccountField> SECURITY_ACCOUNT_FIELDS = Map.of(
            "name", ApiAccountField.NAME,
            "role.name", ApiAccountField.ROLE,
            "locked", ApiAccountField.LOCKED);

    /** Every account is the cluster's, for this API, by password. */
    public static final Map<String, List<JsonValue>> SECURITY_ACCOUNT_CONSTANTS = constants(
            SecurityAccountsResource.record(new ApiAccountView("sample", "admin", false, false)),
            "owner.uuid", "owner.name", "scope");

    /** {@code /api/protocols/cifs/users-and-groups/privileges}: one record per user or group holding privileges. */
    public static final CollectionSchema CIFS_PRIVILEGES = OntapDocumentedFields.PRIVILEGE
            .documentedIn(CollectionSchema.keyedBy("svm.uuid", "name"))
            .withAlwaysFields("svm", "name", "_links")
            .withDomainQualifiedField("name");

    private CollectionSchemas() {
    }

    /** The values of these fields in a record rendered as every record is (the values that never vary). */
    private static Map<String, List<JsonValue>> constants(JsonObject sample, String... paths) {
        Map<String, List<JsonValue>> constants = new HashMap<>();
        for (String path : paths) {
            constants.put(path, QueryValues.at(sample, QueryValues.path(path)));
        }
        return Map.copyOf(constants);
    }
}
