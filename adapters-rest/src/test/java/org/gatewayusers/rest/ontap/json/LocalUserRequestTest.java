package org.gatewayusers.rest.ontap.json;

import static org.gatewayusers.rest.ontap.errors.BadFields.assertBadField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.CreateLocalUserCommand;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalUserRequestTest {

    private static final String UUID = "02c9e252-41be-11e9-81d5-00a0986138f7";

    /** The spec page's example request, less the {@code sid} that POST generates. */
    private static final String SPEC_EXAMPLE = """
            {
              "_links": {"self": {"href": "/api/resourcelink"}},
              "description": "This is local user.",
              "full_name": "user name",
              "membership": [
                {
                  "_links": {"self": {"href": "/api/resourcelink"}},
                  "name": "SMB_SERVER01\\\\group",
                  "sid": "S-1-5-21-256008430-3394229847-3930036330-1001"
                }
              ],
              "name": "SMB_SERVER01\\\\user",
              "password": "string",
              "svm": {
                "_links": {"self": {"href": "/api/resourcelink"}},
                "name": "svm1",
                "uuid": "02c9e252-41be-11e9-81d5-00a0986138f7"
              }
            }
            """;

    @Test
    void reads_the_example_request_of_the_spec_page() {
        LocalUserRequest request = LocalUserRequest.parse(SPEC_EXAMPLE);

        assertEquals(Optional.of(UUID), request.svm().uuid());
        assertEquals(Optional.of("svm1"), request.svm().name());
        assertEquals("SMB_SERVER01\\user", request.name());
        assertEquals("string", request.password());
        assertEquals("user name", request.fullName());
        assertEquals("This is local user.", request.description());
        assertNull(request.accountDisabled());
        assertEquals(List.of("SMB_SERVER01\\group"), request.membership());
    }

    @Test
    void reads_account_disabled() {
        assertEquals(Boolean.TRUE, LocalUserRequest.parse("{\"account_disabled\": true}").accountDisabled());
        assertEquals(Boolean.FALSE, LocalUserRequest.parse("{\"account_disabled\": false}").accountDisabled());
    }

    @Test
    void reads_an_empty_body_as_a_request_with_every_field_absent() {
        LocalUserRequest request = LocalUserRequest.parse("");

        assertEquals(new SvmReference(Optional.empty(), Optional.empty()), request.svm());
        assertNull(request.name());
        assertNull(request.password());
        assertNull(request.fullName());
        assertNull(request.description());
        assertNull(request.accountDisabled());
        assertEquals(List.of(), request.membership());
    }

    @Test
    void treats_null_values_as_absent() {
        LocalUserRequest request = LocalUserRequest.parse("""
                {"svm": null, "svm.uuid": null, "svm.name": null, "name": null, "password": null, "full_name": null,
                 "description": null, "account_disabled": null, "membership": null}
                """);

        assertEquals(LocalUserRequest.parse("{}"), request);
    }

    @Test
    void rejects_a_body_that_is_not_json() {
        assertBadField(null, () -> LocalUserRequest.parse("{\"name\": \"alex\", "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"name\": \"alex\"}]", "42", "\"alex\""})
    void rejects_a_body_that_is_not_a_json_object(String body) {
        assertBadField(null, () -> LocalUserRequest.parse(body));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nmae", "user_name", "svm_uuid", "svm.id", "records"})
    void rejects_an_unknown_field_and_names_it(String field) {
        assertBadField(field, () -> LocalUserRequest.parse("{\"name\": \"alex\", \"" + field + "\": \"x\"}"));
    }

    @Test
    void rejects_a_name_that_is_a_number() {
        assertBadField("name", () -> LocalUserRequest.parse("{\"name\": 42}"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"password", "full_name", "description"})
    void rejects_a_text_field_that_is_not_a_string(String field) {
        assertBadField(field, () -> LocalUserRequest.parse("{\"" + field + "\": true}"));
    }

    @Test
    void rejects_account_disabled_as_a_string() {
        assertBadField("account_disabled", () -> LocalUserRequest.parse("{\"account_disabled\": \"true\"}"));
    }

    @Test
    void rejects_svm_as_a_string() {
        assertBadField("svm", () -> LocalUserRequest.parse("{\"svm\": \"svm1\"}"));
    }

    @Test
    void rejects_membership_as_an_object() {
        assertBadField("membership", () -> LocalUserRequest.parse("{\"membership\": {\"name\": \"g\"}}"));
    }

    @Test
    void reads_the_svm_nested() {
        SvmReference svm = LocalUserRequest.parse("{\"svm\": {\"uuid\": \"" + UUID + "\", \"name\": \"svm1\"}}").svm();

        assertEquals(new SvmReference(Optional.of(UUID), Optional.of("svm1")), svm);
    }

    @Test
    void reads_the_svm_from_the_flat_keys_ansible_sends() {
        SvmReference svm = LocalUserRequest.parse("{\"svm.uuid\": \"" + UUID + "\", \"svm.name\": \"svm1\"}").svm();

        assertEquals(new SvmReference(Optional.of(UUID), Optional.of("svm1")), svm);
    }

    @Test
    void reads_the_svm_from_flat_and_nested_keys_together() {
        SvmReference svm = LocalUserRequest.parse("{\"svm.uuid\": \"" + UUID + "\", \"svm\": {\"name\": \"svm1\"}}").svm();

        assertEquals(new SvmReference(Optional.of(UUID), Optional.of("svm1")), svm);
    }

    @Test
    void accepts_a_key_given_flat_and_nested_when_both_agree() {
        SvmReference svm = LocalUserRequest.parse("{\"svm.uuid\": \"" + UUID + "\", \"svm\": {\"uuid\": \"" + UUID + "\"}}").svm();

        assertEquals(Optional.of(UUID), svm.uuid());
    }

    @Test
    void rejects_a_uuid_given_flat_and_nested_that_disagree() {
        assertBadField("svm.uuid", () -> LocalUserRequest.parse(
                "{\"svm.uuid\": \"" + UUID + "\", \"svm\": {\"uuid\": \"11111111-41be-11e9-81d5-00a0986138f7\"}}"));
    }

    @Test
    void rejects_a_name_given_flat_and_nested_that_disagree() {
        assertBadField("svm.name", () -> LocalUserRequest.parse("{\"svm.name\": \"svm1\", \"svm\": {\"name\": \"svm2\"}}"));
    }

    @Test
    void rejects_an_unknown_key_inside_svm_with_its_dotted_name() {
        assertBadField("svm.x", () -> LocalUserRequest.parse("{\"svm\": {\"name\": \"svm1\", \"x\": 1}}"));
    }

    @Test
    void rejects_a_nested_svm_uuid_that_is_not_a_string() {
        assertBadField("svm.uuid", () -> LocalUserRequest.parse("{\"svm\": {\"uuid\": 1}}"));
    }

    @Test
    void reads_membership_entries_by_name_or_by_sid() {
        LocalUserRequest request = LocalUserRequest.parse("""
                {"membership": [
                  {"name": "SMB_SERVER01\\\\admins"},
                  {"sid": "S-1-5-21-1-2-3-1001"},
                  {"name": null, "sid": "S-1-5-21-1-2-3-1002"}
                ]}
                """);

        assertEquals(List.of("SMB_SERVER01\\admins", "S-1-5-21-1-2-3-1001", "S-1-5-21-1-2-3-1002"), request.membership());
    }

    @Test
    void prefers_the_name_of_a_membership_entry_that_has_both() {
        LocalUserRequest request = LocalUserRequest.parse(
                "{\"membership\": [{\"name\": \"admins\", \"sid\": \"S-1-5-21-1-2-3-1001\"}]}");

        assertEquals(List.of("admins"), request.membership());
    }

    @Test
    void rejects_a_membership_entry_without_name_or_sid() {
        assertBadField("membership", () -> LocalUserRequest.parse("{\"membership\": [{\"_links\": {}}]}"));
    }

    @Test
    void rejects_an_unknown_key_in_a_membership_entry_naming_its_index() {
        assertBadField("membership[1].uuid", () -> LocalUserRequest.parse(
                "{\"membership\": [{\"name\": \"a\"}, {\"name\": \"b\", \"uuid\": \"x\"}]}"));
    }

    @Test
    void rejects_a_membership_entry_that_is_not_an_object() {
        assertBadField("membership[0]", () -> LocalUserRequest.parse("{\"membership\": [\"admins\"]}"));
    }

    @Test
    void never_prints_the_password() {
        LocalUserRequest request = LocalUserRequest.parse(
                "{\"svm.name\": \"svm1\", \"name\": \"alex\", \"password\": \"Sup3r-Secret!\", \"full_name\": \"Alex\"}");

        assertFalse(request.toString().contains("Sup3r-Secret!"), request.toString());
        assertTrue(request.toString().contains("alex"), request.toString());
    }

    @Test
    void builds_the_use_case_command_from_the_request() {
        CreateLocalUserCommand command = LocalUserRequest.parse("""
                {"svm.uuid": "02c9e252-41be-11e9-81d5-00a0986138f7", "name": "alex", "password": "Zebra-42!",
                 "full_name": "Alex", "description": "d", "account_disabled": true,
                 "membership": [{"name": "admins"}]}
                """).toCommand();

        assertEquals(Optional.of(UUID), command.svm().uuid());
        assertEquals(Optional.empty(), command.svm().name());
        assertEquals("alex", command.name());
        assertEquals(Password.of("Zebra-42!"), command.password());
        assertEquals("Alex", command.fullName());
        assertEquals("d", command.description());
        assertTrue(command.accountDisabled());
        assertEquals(List.of("admins"), command.membership());
    }

    @Test
    void leaves_the_account_enabled_when_account_disabled_is_not_given() {
        CreateLocalUserCommand command = LocalUserRequest.parse("{\"svm.name\": \"svm1\", \"name\": \"alex\"}").toCommand();

        assertFalse(command.accountDisabled());
    }

    @Test
    void hands_a_missing_password_on_as_absent_for_the_domain_to_refuse() {
        CreateLocalUserCommand command = LocalUserRequest.parse("{\"svm.name\": \"svm1\", \"name\": \"alex\"}").toCommand();

        assertNull(command.password());
    }

    @Test
    void refuses_a_command_without_any_svm() {
        LocalUserRequest request = LocalUserRequest.parse("{\"name\": \"alex\", \"password\": \"Zebra-42!\"}");

        OntapRejection rejection = assertThrows(OntapRejection.class, request::toCommand);
        assertEquals(OntapRejection.Reason.SVM_NOT_GIVEN, rejection.reason());
    }
}
