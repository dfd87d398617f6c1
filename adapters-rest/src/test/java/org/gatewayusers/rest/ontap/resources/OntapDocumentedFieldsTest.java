package org.gatewayusers.rest.ontap.resources;

import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.params;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.query.CollectionQuery;
import org.gatewayusers.rest.ontap.query.CollectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OntapDocumentedFieldsTest {

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of(OntapDocumentedFields.LOCAL_USER, CollectionSchemas.LOCAL_USERS),
                Arguments.of(OntapDocumentedFields.LOCAL_GROUP, CollectionSchemas.LOCAL_GROUPS),
                Arguments.of(OntapDocumentedFields.GROUP_MEMBER, CollectionSchemas.GROUP_MEMBERS),
                Arguments.of(OntapDocumentedFields.SVM, CollectionSchemas.SVMS),
                Arguments.of(OntapDocumentedFields.CIFS_SERVICE, CollectionSchemas.CIFS_SERVICES),
                Arguments.of(OntapDocumentedFields.PRIVILEGE, CollectionSchemas.CIFS_PRIVILEGES),
                Arguments.of(OntapDocumentedFields.SECURITY_ACCOUNT, CollectionSchemas.SECURITY_ACCOUNTS));
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void every_documented_field_is_accepted_in_fields_and_as_a_filter(OntapDocumentedFields documented,
            CollectionSchema schema) {
        for (String field : documented.fields()) {
            assertDoesNotThrow(() -> CollectionQuery.parse(params("fields=" + field), schema), field);
            assertDoesNotThrow(() -> CollectionQuery.parse(params(field + "=x*"), schema), field);
        }
        for (String object : documented.objects()) {
            assertDoesNotThrow(() -> CollectionQuery.parse(params("fields=" + object), schema), object);
            assertDoesNotThrow(() -> CollectionQuery.parse(params("fields=" + object + ".anything"), schema), object);
            assertDoesNotThrow(() -> CollectionQuery.parse(params("fields=" + object + ".*"), schema), object);
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void a_name_ontap_does_not_document_stays_unknown(OntapDocumentedFields documented, CollectionSchema schema) {
        OntapProblem refused = assertThrows(OntapProblem.class,
                () -> CollectionQuery.parse(params("fields=name,no_such_field"), schema));
        assertEquals("262197", refused.error().code());
        assertEquals("fields", refused.target());
    }

    @Test
    void the_clients_documented_requests_are_accepted() {
        // Ansible na_ontap_svm (9.14): get_vserver fields
        CollectionQuery.parse(params("name=svm1", "fields=subtype,aggregates,language,snapshot_policy,ipspace,comment,"
                + "nfs,cifs,fcp,iscsi,nvme,state,max_volumes,ndmp"), CollectionSchemas.SVMS);
        // Terraform svm.go, protocols_cifs_service.go, security_account.go
        CollectionQuery.parse(params("fields=ipspace,snapshot_policy,comment,language,max_volumes,aggregates"),
                CollectionSchemas.SVMS);
        CollectionQuery.parse(params("fields=default_unix_user,comment,security,ad_domain,netbios"),
                CollectionSchemas.CIFS_SERVICES);
        CollectionQuery.parse(params("name=admin", "fields=name,owner,locked,comment,role,scope,applications"),
                CollectionSchemas.SECURITY_ACCOUNTS);
        CollectionQuery.parse(params("name=admin", "scope=cluster"), CollectionSchemas.SECURITY_ACCOUNTS);
    }
}
