package org.gatewayusers.rest.ontap.resources;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.rest.ontap.json.LocalGroupRequest;
import org.gatewayusers.rest.ontap.json.LocalUserRequest;
import org.gatewayusers.rest.ontap.json.MemberNames;
import org.gatewayusers.rest.ontap.json.SvmRequest;
import org.gatewayusers.rest.ontap.query.CollectionSchema;

/**
 * The ONTAP resources this service serves, each with what its code already knows of it: the record's fields (its
 * {@link CollectionSchemas collection schema}) and the fields a {@code POST} and a {@code PATCH} body may hold (the
 * sets the resource's parser accepts). The OpenAPI document builds its request and response schemas from this table,
 * so they are the code's and not written twice.
 *
 * @param path          the collection's path template; its records live below it
 * @param name          the record's schema name
 * @param records       the record's fields
 * @param createFields  the fields a {@code POST} body may hold (dotted; {@code _links} is ignored)
 * @param changeFields  the fields a {@code PATCH} body may hold
 */
public record OntapResources(String path, String name, CollectionSchema records, Set<String> createFields,
        Set<String> changeFields) {

    /** A field's JSON type, as ONTAP's reference gives it; the fields not named here are strings or objects. */
    public enum FieldType {
        STRING, BOOLEAN, INTEGER, ARRAY
    }

    public static final List<OntapResources> ALL = List.of(
            new OntapResources("/api/protocols/cifs/local-users", "LocalUser", CollectionSchemas.LOCAL_USERS,
                    LocalUserRequest.FIELDS, LocalUserRequest.FIELDS),
            new OntapResources("/api/protocols/cifs/local-groups", "LocalGroup", CollectionSchemas.LOCAL_GROUPS,
                    LocalGroupRequest.FIELDS, LocalGroupRequest.FIELDS),
            new OntapResources("/api/protocols/cifs/local-groups/{svm.uuid}/{sid}/members", "LocalGroupMember",
                    CollectionSchemas.GROUP_MEMBERS, MemberNames.BODY_FIELDS, Set.of()),
            new OntapResources("/api/svm/svms", "Svm", CollectionSchemas.SVMS, SvmRequest.CREATE_FIELDS,
                    SvmRequest.CHANGE_FIELDS),
            new OntapResources("/api/protocols/cifs/services", "CifsService", CollectionSchemas.CIFS_SERVICES,
                    CifsServicesResource.FIELDS, Set.of()),
            new OntapResources("/api/security/accounts", "Account", CollectionSchemas.SECURITY_ACCOUNTS,
                    SecurityAccountsResource.CREATE_FIELDS, SecurityAccountsResource.CHANGE_FIELDS),
            new OntapResources(CifsPrivilegesResource.PRIVILEGES, "CifsPrivileges", CollectionSchemas.CIFS_PRIVILEGES,
                    CifsPrivilegesResource.CREATE_FIELDS, CifsPrivilegesResource.CHANGE_FIELDS));

    private static final Set<String> ARRAYS = Set.of("membership", "members", "records", "applications", "privileges",
            "aggregates", "ip_interfaces", "fc_interfaces", "routes");
    private static final Set<String> BOOLEANS = Set.of("account_disabled", "enabled", "locked",
            "group_policy_object_enabled", "aggregates_delegated", "auto_enable_activity_tracking",
            "auto_enable_analytics", "is_space_enforcement_logical", "is_space_reporting_logical");
    private static final Set<String> INTEGERS = Set.of("number_of_volumes_in_recovery_queue");

    /** The resource whose collection or records a path template is: the longest collection path it starts with. */
    public static Optional<OntapResources> serving(String pathTemplate) {
        return ALL.stream().filter(resource -> pathTemplate.equals(resource.path)
                        || pathTemplate.startsWith(resource.path + "/"))
                .max(Comparator.comparingInt(resource -> resource.path.length()));
    }

    /** Whether the path template is the collection itself rather than one of its records. */
    public boolean isCollection(String pathTemplate) {
        return pathTemplate.equals(path);
    }

    /** The JSON type of a member (the last part of a dotted field), {@link FieldType#STRING} when not listed. */
    public static FieldType typeOf(String member) {
        if (ARRAYS.contains(member)) {
            return FieldType.ARRAY;
        }
        if (BOOLEANS.contains(member)) {
            return FieldType.BOOLEAN;
        }
        return INTEGERS.contains(member) ? FieldType.INTEGER : FieldType.STRING;
    }
}
