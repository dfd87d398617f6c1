package org.gatewayusers.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.AddressLoginState;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failed logins of accounts and addresses on EclipseLink and the migrated schema (V9), in H2. */
class JpaLoginFailuresTest {

    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
    private static final ApiAccountName OPS = new ApiAccountName("ops");
    private final FailedLoginPolicy policy = new FailedLoginPolicy(50, Duration.ofMinutes(15), 20, Duration.ofMinutes(1));
    private final InMemoryDatabase db = InMemoryDatabase.migrated();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static JpaLoginFailures failures(EntityManager em) {
        JpaLoginFailures failures = new JpaLoginFailures();
        failures.em = em;
        return failures;
    }

    @Test
    void an_account_without_a_row_is_clear_and_a_change_is_stored_and_read_back() {
        assertEquals(AccountLoginState.CLEAR, db.fromTransaction(em -> failures(em).ofAccount(OPS)));

        AccountLoginState locked = new AccountLoginState(3, Optional.of(T0.plusMillis(1234)), true);
        assertEquals(locked, db.fromTransaction(em -> failures(em).changeAccount(OPS, state -> locked)));

        assertEquals(locked, db.fromTransaction(em -> failures(em).ofAccount(OPS)));
        assertEquals(Map.of(OPS, locked), db.fromTransaction(em -> failures(em).accounts()));
    }

    @Test
    void a_clear_state_leaves_no_row() {
        db.inTransaction(em -> failures(em).changeAccount(OPS, state -> policy.afterFailedLogin(state, T0)));
        assertEquals(List.of("1"), db.query("SELECT consecutive_failures FROM ontap_account_login_failure"));
        db.inTransaction(em -> failures(em).changeAccount(OPS, policy::afterSuccessfulLogin));
        assertTrue(db.query("SELECT account_name FROM ontap_account_login_failure").isEmpty());
    }

    @Test
    void concurrent_failures_of_one_account_are_all_counted() throws Exception {
        int threads = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    db.inTransaction(em -> failures(em).changeAccount(OPS, state -> policy.afterFailedLogin(state, T0)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        AccountLoginState state = db.fromTransaction(em -> failures(em).ofAccount(OPS));
        assertEquals(threads * each, state.consecutiveFailures());
    }

    @Test
    void addresses_count_within_their_window_and_old_windows_are_forgotten() {
        assertEquals(AddressLoginState.NONE, db.fromTransaction(em -> failures(em).ofAddress("192.0.2.1")));
        for (int i = 0; i < 3; i++) {
            db.inTransaction(em -> failures(em).changeAddress("192.0.2.1",
                    state -> policy.afterFailedLoginFrom(state, T0), T0.minus(policy.addressWindow())));
        }
        assertEquals(new AddressLoginState(T0, 3), db.fromTransaction(em -> failures(em).ofAddress("192.0.2.1")));

        Instant later = T0.plus(Duration.ofMinutes(5));
        db.inTransaction(em -> failures(em).changeAddress("2001:db8::1",
                state -> policy.afterFailedLoginFrom(state, later), later.minus(policy.addressWindow())));
        assertEquals(List.of("2001:db8::1"), db.query("SELECT client_address FROM ontap_address_login_failure"));
    }
}
