package org.gatewayusers.persistence.access;

import static org.gatewayusers.domain.access.AccessDecision.ALLOWED;
import static org.gatewayusers.domain.access.AccessDecision.DENIED_EXPLICITLY;
import static org.gatewayusers.domain.access.AccessDecision.NOT_ALLOWED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gatewayusers.domain.access.AccessPolicy;
import org.gatewayusers.domain.access.AccessPolicyRejection;
import org.gatewayusers.domain.access.AccessPolicyRejection.Reason;
import org.gatewayusers.domain.access.Effect;
import org.gatewayusers.domain.access.Permissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vendor's JSON policy form read into domain records, strictly. */
class PolicyDocumentsTest {

    @Test
    void reads_actions_and_resources_given_as_a_string_or_a_list() {
        AccessPolicy policy = PolicyDocuments.parse("""
                {"Version": "1", "Statement": [
                  {"Effect": "Allow", "Action": ["hcs-sgw:CreateGatewaySMBUser", "smartag:*"], "Resource": "*"},
                  {"Effect": "Deny", "Action": "hcs-sgw:Delete*",
                   "Resource": ["acs:hcs-sgw:*:*:gateway/gw-a", "acs:hcs-sgw:*:*:storagebundle/*"]}
                ]}""");

        assertEquals(2, policy.statements().size());
        assertEquals(Effect.ALLOW, policy.statements().get(0).effect());
        assertEquals(2, policy.statements().get(0).actions().size());
        assertEquals("acs:hcs-sgw:*:*:storagebundle/*", policy.statements().get(1).resources().get(1).text());
        Permissions permissions = Permissions.of(policy);
        assertEquals(ALLOWED, permissions.decide("smartag:DescribeSmartAccessGatewayClientUsers", "*"));
        assertEquals(DENIED_EXPLICITLY, permissions.decide("hcs-sgw:DeleteGateway", "acs:hcs-sgw:cn-shanghai:1:gateway/gw-a"));
        assertEquals(NOT_ALLOWED, permissions.decide("hcs-sgw:DescribeTasks", "*"));
    }

    @Test
    void reads_a_document_without_statements_as_one_that_allows_nothing() {
        assertEquals(0, PolicyDocuments.parse("{\"Version\": \"1\", \"Statement\": []}").statements().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | {"Version": "1", "Statement": [          | DOCUMENT_MALFORMED  | (document)
            empty                     | ''                                       | DOCUMENT_MALFORMED  | (document)
            an array                  | []                                       | DOCUMENT_MALFORMED  | (document)
            a string                  | '"x"'                                    | DOCUMENT_MALFORMED  | (document)
            no version                | {"Statement": []}                        | VERSION_UNSUPPORTED | Version
            version 2                 | {"Version": "2", "Statement": []}        | VERSION_UNSUPPORTED | Version
            version as a number       | {"Version": 1, "Statement": []}          | VERSION_UNSUPPORTED | Version
            no statement              | {"Version": "1"}                         | DOCUMENT_MALFORMED  | Statement
            statement as an object    | {"Version": "1", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}} | DOCUMENT_MALFORMED | Statement
            statement as a string     | {"Version": "1", "Statement": ["Allow"]} | DOCUMENT_MALFORMED  | Statement[0]
            unknown element           | {"Version": "1", "Statement": [], "Id": "x"} | ELEMENT_UNSUPPORTED | Id
            a condition               | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {}}]} | ELEMENT_UNSUPPORTED | Statement[0].Condition
            NotAction                 | {"Version": "1", "Statement": [{"Effect": "Deny", "NotAction": "*", "Resource": "*"}]} | ELEMENT_UNSUPPORTED | Statement[0].NotAction
            NotResource               | {"Version": "1", "Statement": [{"Effect": "Deny", "Action": "*", "NotResource": "*"}]} | ELEMENT_UNSUPPORTED | Statement[0].NotResource
            Principal                 | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Principal": "*"}]} | ELEMENT_UNSUPPORTED | Statement[0].Principal
            no effect                 | {"Version": "1", "Statement": [{"Action": "*", "Resource": "*"}]} | EFFECT_UNKNOWN | Statement[0].Effect
            effect in lower case      | {"Version": "1", "Statement": [{"Effect": "allow", "Action": "*", "Resource": "*"}]} | EFFECT_UNKNOWN | Statement[0].Effect
            effect as a boolean       | {"Version": "1", "Statement": [{"Effect": true, "Action": "*", "Resource": "*"}]} | EFFECT_UNKNOWN | Statement[0].Effect
            no action                 | {"Version": "1", "Statement": [{"Effect": "Allow", "Resource": "*"}]} | ACTION_MISSING | Statement[0].Action
            empty action list         | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": [], "Resource": "*"}]} | ACTION_MISSING | Statement[0].Action
            action as a number        | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": 1, "Resource": "*"}]} | DOCUMENT_MALFORMED | Statement[0].Action
            action list with a number | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": ["*", 1], "Resource": "*"}]} | DOCUMENT_MALFORMED | Statement[0].Action
            malformed action          | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "CreateGatewaySMBUser", "Resource": "*"}]} | ACTION_MALFORMED | Statement[0].Action
            no resource               | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*"}]} | RESOURCE_MISSING | Statement[0].Resource
            malformed resource        | {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "gateway/gw-1"}]} | RESOURCE_MALFORMED | Statement[0].Resource
            fault in a later statement| {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Effect": "Deny", "Action": "*", "Resource": "x"}]} | RESOURCE_MALFORMED | Statement[1].Resource
            """)
    void rejects_a_document_it_cannot_read_exactly_as_written(String why, String json, Reason reason, String field) {
        AccessPolicyRejection rejected = assertThrows(AccessPolicyRejection.class, () -> PolicyDocuments.parse(json));

        assertEquals(reason, rejected.reason(), rejected.getMessage());
        assertEquals(field, rejected.field().orElse(null), rejected.getMessage());
    }

    @Test
    void rejects_no_document_at_all() {
        assertEquals(Reason.DOCUMENT_MALFORMED,
                assertThrows(AccessPolicyRejection.class, () -> PolicyDocuments.parse((String) null)).reason());
    }

    @Test
    void says_where_json_breaks_without_echoing_the_document() {
        AccessPolicyRejection rejected = assertThrows(AccessPolicyRejection.class,
                () -> PolicyDocuments.parse("{\"Version\": \"1\",\n \"Statement\": [secret-looking-text]}"));

        assertEquals("DOCUMENT_MALFORMED [(document)]: not JSON (line 2, column 16)", rejected.getMessage());
    }
}
