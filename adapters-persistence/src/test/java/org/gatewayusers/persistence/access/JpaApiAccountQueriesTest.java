package org.gatewayusers.persistence.access;

import static org.gatewayusers.persistence.access.AccessStore.accounts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.gatewayusers.application.access.ApiAccountField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The typed queries of API accounts answered by one SQL statement each, on H2 (V16). */
class JpaApiAccountQueriesTest {

    private static final CredentialHash HASH = new CredentialHash("PBKDF2-SHA256", "600000$c2FsdA==$a2V5");
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    private final InMemoryDatabase db = InMemoryDatabase.migratedAsTheServerOpensIt();

    JpaApiAccountQueriesTest() {
        db.inTransaction(em -> {
            for (String name : List.of("ops", "Audit", "bob")) {
                accounts(em).add(ApiAccount.register(new ApiAccountName(name),
                        name.equals("bob") ? ApiRole.READONLY : ApiRole.ADMIN, HASH));
            }
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static <F> RecordQuery<F> query(List<RecordQuery.Filter<F>> filters, List<Object> after, int limit,
            F... order) {
        return new RecordQuery<>(filters, Arrays.stream(order).map(field -> new RecordQuery.SortKey<>(field, false))
                .toList(), after, limit);
    }

    /** {@code field=value}, as ONTAP writes a filter of one value. */
    private static <F> RecordQuery.Filter<F> filter(F field, String value) {
        return new RecordQuery.Filter<>(field, List.of(new Alternative(false, Operator.EQUAL, value)));
    }

    private String accountNames(RecordQuery<ApiAccountField> query, Instant now) {
        return String.join(",", db.fromTransaction(em -> accounts(em).find(query, now)).stream()
                .map(account -> account.name().value()).toList());
    }

    @Test
    void accounts_come_by_name_without_regard_to_case_filtered_by_name_and_role_and_paged() {
        assertEquals("Audit,bob", accountNames(query(List.of(), null, 2, ApiAccountField.NAME), NOW));
        assertEquals("ops", accountNames(query(List.of(), List.of("bob"), 2, ApiAccountField.NAME), NOW));
        assertEquals("Audit", accountNames(query(List.of(filter(ApiAccountField.NAME, "AUDIT")), null, 5,
                ApiAccountField.NAME), NOW));
        assertEquals("bob", accountNames(query(List.of(filter(ApiAccountField.ROLE, "readonly")), null, 5,
                ApiAccountField.NAME), NOW));
        assertEquals(2L, (long) db.fromTransaction(em -> accounts(em).count(query(List.of(filter(ApiAccountField.ROLE,
                "admin")), null, 5, ApiAccountField.NAME), NOW)));
    }

    @Test
    void an_account_is_locked_as_the_failed_login_policy_says_at_the_time_asked() {
        FailedLoginPolicy policy = new FailedLoginPolicy(1, Duration.ofMinutes(10), 0, Duration.ZERO);
        db.inTransaction(em -> {
            JpaLoginFailures failures = new JpaLoginFailures();
            failures.em = em;
            failures.changeAccount(new ApiAccountName("ops"), state -> policy.afterFailedLogin(state, NOW));
            failures.changeAccount(new ApiAccountName("bob"), AccountLoginState::lockedByAnAdmin);
        });
        RecordQuery<ApiAccountField> locked = query(List.of(filter(ApiAccountField.LOCKED, "true")), null, 5,
                ApiAccountField.NAME);
        assertEquals("bob,ops", accountNames(locked, NOW.plusSeconds(60)));
        assertEquals("bob", accountNames(locked, NOW.plus(Duration.ofMinutes(10))), "the lockout ended");
        assertEquals("Audit,ops", accountNames(query(List.of(filter(ApiAccountField.LOCKED, "false")), null, 5,
                ApiAccountField.NAME), NOW.plus(Duration.ofMinutes(11))));
        assertEquals(2L, (long) db.fromTransaction(em -> accounts(em).count(locked, NOW)));
    }
}
