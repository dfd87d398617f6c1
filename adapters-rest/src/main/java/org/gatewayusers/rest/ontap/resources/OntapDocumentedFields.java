package org.gatewayusers.rest.ontap.resources;

import java.util.List;
import org.gatewayusers.rest.ontap.query.CollectionSchema;

/**
 * The fields that ONTAP's REST reference (9.14) documents for each resource this service serves, written once per
 * resource: clients name them in {@code fields} and in filters whether or not this service holds them, and a
 * documented field is never "unknown" (262197 is for names ONTAP does not have at all). A field the service does not
 * hold is left out of the records; {@link CollectionSchemas} adds what it holds and how.
 *
 * @param fields  documented scalar fields (dotted paths)
 * @param objects documented object fields, any path below which may be named too ({@code options.multichannel})
 */
public record OntapDocumentedFields(List<String> fields, List<String> objects) {

    public OntapDocumentedFields {
        fields = List.copyOf(fields);
        objects = List.copyOf(objects);
    }

    /** {@code local_cifs_user}: {@code /api/protocols/cifs/local-users}. */
    public static final OntapDocumentedFields LOCAL_USER = new OntapDocumentedFields(
            List.of("name", "full_name", "description", "sid", "account_disabled", "svm.name", "svm.uuid",
                    "membership.name", "membership.sid"),
            List.of());

    /** {@code local_cifs_group}: {@code /api/protocols/cifs/local-groups}. */
    public static final OntapDocumentedFields LOCAL_GROUP = new OntapDocumentedFields(
            List.of("name", "description", "sid", "svm.name", "svm.uuid", "members.name"),
            List.of());

    /** {@code local_cifs_group_members}: {@code .../local-groups/{svm.uuid}/{sid}/members}. */
    public static final OntapDocumentedFields GROUP_MEMBER = new OntapDocumentedFields(
            List.of("name", "svm.name", "svm.uuid"),
            List.of());

    /** {@code user_group_privileges}: {@code /api/protocols/cifs/users-and-groups/privileges}. */
    public static final OntapDocumentedFields PRIVILEGE = new OntapDocumentedFields(
            List.of("name", "privileges", "svm.name", "svm.uuid"),
            List.of());

    /** {@code svm}: {@code /api/svm/svms}. */
    public static final OntapDocumentedFields SVM = new OntapDocumentedFields(
            List.of("uuid", "name", "subtype", "comment", "language", "state", "max_volumes",
                    "aggregates_delegated", "anti_ransomware_default_volume_state",
                    "anti_ransomware_auto_switch_duration_without_new_file_extension",
                    "anti_ransomware_auto_switch_from_learning_to_enabled", "auto_enable_activity_tracking",
                    "auto_enable_analytics", "is_space_enforcement_logical", "is_space_reporting_logical",
                    "number_of_volumes_in_recovery_queue", "retention_period", "ipspace.name", "ipspace.uuid",
                    "snapshot_policy.name", "snapshot_policy.uuid"),
            List.of("aggregates", "certificate", "cifs", "dns", "fc_interfaces", "fcp", "ip_interfaces", "ipspace",
                    "iscsi", "ldap", "ndmp", "nfs", "nis", "nsswitch", "nvme", "qos_policy", "qos_policy_group",
                    "routes", "s3", "snapmirror", "snapshot_policy", "storage", "web"));

    /** {@code cifs_service}: {@code /api/protocols/cifs/services}. */
    public static final OntapDocumentedFields CIFS_SERVICE = new OntapDocumentedFields(
            List.of("svm.name", "svm.uuid", "name", "enabled", "comment", "default_unix_user",
                    "group_policy_object_enabled", "auth_user_type", "authentication_style", "client_id",
                    "domain_workgroup", "key_vault_uuid", "workgroup"),
            List.of("ad_domain", "metric", "netbios", "options", "security", "statistics"));

    /** {@code account}: {@code /api/security/accounts}. */
    public static final OntapDocumentedFields SECURITY_ACCOUNT = new OntapDocumentedFields(
            List.of("name", "owner.name", "owner.uuid", "role.name", "locked", "comment", "scope",
                    "password_hash_algorithm"),
            List.of("applications"));

    /** Accepts these fields in a schema: the scalars as fields, the objects with every path below them. */
    public CollectionSchema documentedIn(CollectionSchema schema) {
        return schema.withFields(fields.toArray(String[]::new)).withOpenFields(objects.toArray(String[]::new));
    }
}
