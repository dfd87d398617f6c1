package org.gatewayusers.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gatewayusers.domain.access.AccessPolicyRejection.Reason;
import org.gatewayusers.domain.access.AccessPolicyRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A policy document is refused when it is loaded if any part of it is not understood. */
class AccessPolicyTest {

    private static void assertRejected(Reason reason, Subject subject, Runnable load) {
        AccessPolicyRejection rejected = assertThrows(AccessPolicyRejection.class, load::run);
        assertEquals(reason, rejected.reason());
        assertEquals(subject, rejected.subject().orElse(null));
    }

    @Test
    void takes_version_1() {
        assertEquals(1, AccessPolicy.of("1", List.of(PolicyStatement.allow("*", "*"))).statements().size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "2", "2012-10-17", " 1"})
    void rejects_any_other_version(String version) {
        assertRejected(Reason.VERSION_UNSUPPORTED, Subject.VERSION, () -> AccessPolicy.of(version, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Allow", "Deny"})
    void reads_the_two_effects_as_the_vendor_writes_them(String written) {
        assertEquals(written, Effect.of(written).written());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "allow", "DENY", "Permit", " Allow"})
    void rejects_any_other_effect(String written) {
        assertRejected(Reason.EFFECT_UNKNOWN, Subject.EFFECT, () -> Effect.of(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "hcs-sgw:*", "hcs-sgw:CreateGatewaySMBUser", "smartag:Describe*", "hcs-sgw:Describe?asks",
            "*:*", "ecs:Describe.Instances"})
    void takes_well_formed_actions(String action) {
        assertEquals(action, ActionPattern.of(action).text());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "CreateGatewaySMBUser", "hcs-sgw:", ":Create", "hcs-sgw:Create GatewaySMBUser",
            "hcs-sgw:Create:User", "hcs sgw:x", "**x", "hcs-sgw:Créer"})
    void rejects_malformed_actions(String action) {
        assertRejected(Reason.ACTION_MALFORMED, Subject.ACTION, () -> ActionPattern.of(action));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "acs:hcs-sgw:*:*:gateway/*", "acs:smartag:cn-shanghai:1000000000000001:smartag/sag-1",
            "acs:ram::1000000000000001:role/x", "acs:oss:*:*:bucket/a:b"})
    void takes_well_formed_resources(String resource) {
        assertEquals(resource, ResourcePattern.of(resource).text());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "**", "gateway/gw-1", "arn:aws:s3:::bucket", "acs:hcs-sgw:*:*", "acs::*:*:gateway/*",
            "acs:hcs-sgw:*:*:", "acs:hcs-sgw:*:*:gateway/ gw", "acs:hcs-sgw:*:*:gateway/\u00e9"})
    void rejects_malformed_resources(String resource) {
        assertRejected(Reason.RESOURCE_MALFORMED, Subject.RESOURCE, () -> ResourcePattern.of(resource));
    }

    @Test
    void rejects_a_statement_without_actions() {
        assertRejected(Reason.ACTION_MISSING, Subject.ACTION,
                () -> new PolicyStatement(Effect.ALLOW, List.of(), List.of(ResourcePattern.of("*"))));
        assertRejected(Reason.ACTION_MISSING, Subject.ACTION,
                () -> new PolicyStatement(Effect.ALLOW, null, List.of(ResourcePattern.of("*"))));
    }

    @Test
    void rejects_a_statement_without_resources() {
        assertRejected(Reason.RESOURCE_MISSING, Subject.RESOURCE,
                () -> new PolicyStatement(Effect.DENY, List.of(ActionPattern.of("*")), List.of()));
        assertRejected(Reason.RESOURCE_MISSING, Subject.RESOURCE,
                () -> new PolicyStatement(Effect.DENY, List.of(ActionPattern.of("*")), null));
    }

    @Test
    void a_rejection_says_the_reason_and_the_field_but_no_vendor_code() {
        AccessPolicyRejection rejected = new AccessPolicyRejection(Reason.ELEMENT_UNSUPPORTED, "Condition", "not evaluated");

        assertEquals("ELEMENT_UNSUPPORTED [Condition]: not evaluated", rejected.getMessage());
    }
}
