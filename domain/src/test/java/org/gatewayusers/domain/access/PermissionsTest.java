package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessDecision.ALLOWED;
import static org.gatewayusers.domain.access.AccessDecision.DENIED_EXPLICITLY;
import static org.gatewayusers.domain.access.AccessDecision.NOT_ALLOWED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy engine: explicit Deny wins, then any Allow, else deny; wildcards in actions and resources. */
class PermissionsTest {

    private static final String CREATE = "hcs-sgw:CreateGatewaySMBUser";
    private static final String GATEWAY = "acs:hcs-sgw:cn-shanghai:1000000000000001:gateway/gw-0123456789abcdefghij";

    private static AccessPolicy policy(PolicyStatement... statements) {
        return new AccessPolicy(List.of(statements));
    }

    @Test
    void allows_what_an_allow_statement_covers() {
        Permissions permissions = Permissions.of(policy(PolicyStatement.allow(CREATE, "*")));

        assertEquals(ALLOWED, permissions.decide(CREATE, GATEWAY));
        assertTrue(permissions.decide(CREATE, GATEWAY).allowed());
    }

    @Test
    void denies_what_no_statement_covers() {
        Permissions permissions = Permissions.of(policy(PolicyStatement.allow("hcs-sgw:DescribeTasks", "*")));

        assertEquals(NOT_ALLOWED, permissions.decide(CREATE, GATEWAY));
        assertFalse(permissions.decide(CREATE, GATEWAY).allowed());
    }

    @Test
    void denies_everything_to_a_key_without_policies() {
        assertEquals(NOT_ALLOWED, new Permissions(List.of()).decide(CREATE, GATEWAY));
    }

    @Test
    void denies_everything_under_a_policy_without_statements() {
        assertEquals(NOT_ALLOWED, Permissions.of(AccessPolicy.of("1", List.of())).decide(CREATE, "*"));
    }

    @Test
    void an_explicit_deny_wins_over_an_allow_in_the_same_policy_whatever_the_order() {
        Permissions allowFirst = Permissions.of(policy(PolicyStatement.allow("*", "*"), PolicyStatement.deny(CREATE, "*")));
        Permissions denyFirst = Permissions.of(policy(PolicyStatement.deny(CREATE, "*"), PolicyStatement.allow("*", "*")));

        assertEquals(DENIED_EXPLICITLY, allowFirst.decide(CREATE, GATEWAY));
        assertEquals(DENIED_EXPLICITLY, denyFirst.decide(CREATE, GATEWAY));
    }

    @Test
    void an_explicit_deny_in_one_policy_wins_over_an_allow_in_another() {
        Permissions permissions = Permissions.of(AccessPolicy.allowingEverything(), policy(PolicyStatement.deny("hcs-sgw:Create*", GATEWAY)));

        assertEquals(DENIED_EXPLICITLY, permissions.decide(CREATE, GATEWAY));
        assertEquals(ALLOWED, permissions.decide("hcs-sgw:DescribeGatewaySMBUsers", GATEWAY));
    }

    @Test
    void a_deny_on_another_resource_leaves_the_allow_standing() {
        Permissions permissions = Permissions.of(policy(PolicyStatement.allow(CREATE, "*"),
                PolicyStatement.deny(CREATE, "acs:hcs-sgw:*:*:gateway/gw-other")));

        assertEquals(ALLOWED, permissions.decide(CREATE, GATEWAY));
        assertEquals(DENIED_EXPLICITLY, permissions.decide(CREATE, "acs:hcs-sgw:cn-shanghai:1:gateway/gw-other"));
    }

    @Test
    void the_demo_policy_allows_every_action_on_every_resource() {
        Permissions demo = Permissions.of(AccessPolicy.allowingEverything());

        assertEquals(ALLOWED, demo.decide(CREATE, GATEWAY));
        assertEquals(ALLOWED, demo.decide("smartag:CreateSmartAccessGatewayClientUser", "*"));
    }

    @Test
    void a_statement_covers_a_call_when_any_of_its_actions_and_any_of_its_resources_do() {
        PolicyStatement statement = new PolicyStatement(Effect.ALLOW,
                List.of(ActionPattern.of("hcs-sgw:DescribeTasks"), ActionPattern.of(CREATE)),
                List.of(ResourcePattern.of("acs:hcs-sgw:*:*:gateway/gw-a"), ResourcePattern.of(GATEWAY)));

        assertTrue(statement.covers(CREATE, GATEWAY));
        assertTrue(statement.covers("hcs-sgw:DescribeTasks", "acs:hcs-sgw:cn-hangzhou:7:gateway/gw-a"));
        assertFalse(statement.covers("hcs-sgw:DeleteGateway", GATEWAY));
        assertFalse(statement.covers(CREATE, "acs:hcs-sgw:*:*:gateway/gw-b"));
    }

    @ParameterizedTest(name = "action {0} covers {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *                              | hcs-sgw:CreateGatewaySMBUser               | true
            hcs-sgw:*                      | hcs-sgw:CreateGatewaySMBUser               | true
            hcs-sgw:*                      | smartag:CreateSmartAccessGatewayClientUser | false
            smartag:*                      | smartag:CreateSmartAccessGatewayClientUser | true
            hcs-sgw:Describe*              | hcs-sgw:DescribeTasks                      | true
            hcs-sgw:Describe*              | hcs-sgw:CreateGatewaySMBUser               | false
            hcs-sgw:*SMBUser               | hcs-sgw:DeleteGatewaySMBUser               | true
            hcs-sgw:*SMBUser               | hcs-sgw:DescribeGatewaySMBUsers            | false
            hcs-sgw:*SMBUser*              | hcs-sgw:DescribeGatewaySMBUsers            | true
            hcs-sgw:DescribeTask?          | hcs-sgw:DescribeTasks                      | true
            hcs-sgw:DescribeTask?          | hcs-sgw:DescribeTask                       | false
            hcs-sgw:Describe?asks          | hcs-sgw:DescribeTasks                      | true
            hcs-*:*                        | hcs-sgw:DescribeTasks                      | true
            *:DescribeTasks                | hcs-sgw:DescribeTasks                      | true
            hcs-sgw:creategatewaysmbuser   | hcs-sgw:CreateGatewaySMBUser               | true
            HCS-SGW:CREATE*                | hcs-sgw:CreateGatewaySMBUser               | true
            hcs-sgw:CreateGatewaySMBUser   | hcs-sgw:CreateGatewaySMBUsers              | false
            hcs-sgw:CreateGatewaySMBUser   | hcs-sgw:CreateGatewaySMBUse                | false
            hcs-sgw:**User                 | hcs-sgw:CreateGatewaySMBUser               | true
            hcs-sgw:*a*a*a*a*a*a*a*a*a*b   | hcs-sgw:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | false
            """)
    void matches_actions_with_wildcards_without_regard_to_case(String pattern, String action, boolean covered) {
        assertEquals(covered, ActionPattern.of(pattern).matches(action));
    }

    @ParameterizedTest(name = "resource {0} covers {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *                                                   | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | true
            *                                                   | *                                      | true
            acs:hcs-sgw:*:*:gateway/*                           | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | true
            acs:hcs-sgw:*:*:gateway/*                           | *                                      | false
            acs:hcs-sgw:*:*:*                                   | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | true
            acs:hcs-sgw:cn-shanghai:*:gateway/*                 | acs:hcs-sgw:cn-hangzhou:1:gateway/gw-a | false
            acs:hcs-sgw:*:1:gateway/gw-a                        | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | true
            acs:hcs-sgw:*:2:gateway/gw-a                        | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | false
            acs:hcs-sgw:*:*:gateway/gw-?                        | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | true
            acs:hcs-sgw:*:*:gateway/gw-?                        | acs:hcs-sgw:cn-shanghai:1:gateway/gw-ab | false
            acs:hcs-sgw:*:*:gateway/GW-A                        | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | false
            acs:smartag:cn-shanghai:1:smartag/sag-1             | acs:smartag:cn-shanghai:1:smartag/sag-1 | true
            acs:smartag:cn-shanghai:1:smartag/sag-1             | acs:smartag:cn-shanghai:1:smartag/sag-12 | false
            acs:hcs-sgw:*:*:storagebundle/*                     | acs:hcs-sgw:cn-shanghai:1:gateway/gw-a | false
            """)
    void matches_resources_with_wildcards_with_regard_to_case(String pattern, String resource, boolean covered) {
        assertEquals(covered, ResourcePattern.of(pattern).matches(resource));
    }

    @Test
    void a_scoped_resource_does_not_cover_a_call_that_names_no_resource() {
        Permissions permissions = Permissions.of(policy(PolicyStatement.allow("hcs-sgw:*", "acs:hcs-sgw:*:*:gateway/*")));

        assertEquals(NOT_ALLOWED, permissions.decide("hcs-sgw:CreateStorageBundle", ResourceName.ANY));
        assertEquals(ALLOWED, permissions.decide(CREATE, GATEWAY));
    }

    @Test
    void a_key_decides_with_its_policies() {
        AccessKey key = AccessKeyBuilder.anAccessKey().allowing("hcs-sgw:*", "*").denying("hcs-sgw:Delete*", "*").build();

        assertEquals(ALLOWED, key.decide(CREATE, GATEWAY));
        assertEquals(DENIED_EXPLICITLY, key.decide("hcs-sgw:DeleteGateway", GATEWAY));
        assertEquals(NOT_ALLOWED, key.decide("smartag:DeleteSmartAccessGatewayClientUser", "*"));
    }
}
