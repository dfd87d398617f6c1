package org.gatewayusers.application.access;

import static org.gatewayusers.domain.access.AccessAssertions.assertRejected;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_EXISTS;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_IS_CONFIGURED;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_NOT_FOUND;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_MISSING;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_ROLE_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.time.Duration;
import org.gatewayusers.application.access.FakeAccountPasswordHasher;
import org.gatewayusers.application.access.FakePasswordCheckSlots;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.access.AccessRejection.Subject;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;

/** Creating, listing, changing, deleting and authenticating ONTAP API accounts, configured and stored. */
class ApiAccountUseCasesTest {

    private final FakeAccountPasswordHasher hasher = new FakeAccountPasswordHasher();
    private final InMemoryApiAccounts stored = new InMemoryApiAccounts();
    private final ConfiguredApiAccounts configured = new ConfiguredApiAccounts(List.of(
            new ConfiguredApiAccounts.Entry("admin", ApiRole.ADMIN, Password.of("netapp1!")),
            new ConfiguredApiAccounts.Entry("monitor", ApiRole.READONLY, Password.of("monitor1!")),
            new ConfiguredApiAccounts.Entry("switched_off", ApiRole.ADMIN, Password.of(""))), hasher);
    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    private final FakePasswordCheckSlots slots = new FakePasswordCheckSlots();
    private final FixedClock clock = FixedClock.at("2026-12-07T00:00:00Z");
    private final FailedLoginPolicy policy = new FailedLoginPolicy(3, Duration.ofMinutes(10), 5, Duration.ofMinutes(1));
    private final AuthenticateApiCaller authenticate = new AuthenticateApiCaller(configured, stored, hasher,
            hasher.hash(Password.of("decoy")), failures, slots, policy, clock);
    private final CreateApiAccount create = new CreateApiAccount(configured, stored, hasher);
    private final ListApiAccounts list = new ListApiAccounts(configured, stored, failures, policy, clock);
    private final UpdateApiAccount update = new UpdateApiAccount(configured, stored, hasher, failures, policy, clock);
    private final DeleteApiAccount delete = new DeleteApiAccount(configured, stored, failures);

    private Optional<ApiRole> login(String name, String password) {
        return attempt(name, password, "192.0.2.1", false).role();
    }

    private LoginOutcome attempt(String name, String password, String address, boolean known) {
        return authenticate.authenticate(new LoginAttempt(name, Password.of(password), address, known));
    }

    private ApiAccountView createOps(String role) {
        return create.create(new CreateApiAccountCommand("ops", Password.of("Blue-pass-1"), role));
    }

    static RecordQuery<ApiAccountField> byName(List<Object> after, int limit,
            List<RecordQuery.Filter<ApiAccountField>> filters) {
        return new RecordQuery<>(filters, List.of(new RecordQuery.SortKey<>(ApiAccountField.NAME, false)), after, limit);
    }

    private static RecordQuery.Filter<ApiAccountField> filter(ApiAccountField field, RecordQuery.Operator operator,
            String operand) {
        return new RecordQuery.Filter<>(field, List.of(new RecordQuery.Alternative(false, operator, operand)));
    }

    private static List<String> names(RecordPage<ApiAccountView> page) {
        return page.records().stream().map(ApiAccountView::name).toList();
    }

    @Test
    void a_page_merges_the_configured_accounts_into_the_stored_ones_in_order_and_the_next_page_goes_on_after_it() {
        for (String name : List.of("bob", "Carl", "ops", "zed")) {
            create.create(new CreateApiAccountCommand(name, Password.of("Blue-pass-1"), "readonly"));
        }
        RecordPage<ApiAccountView> first = list.page(byName(null, 3, List.of()));
        assertEquals(List.of("admin", "bob", "Carl"), names(first));
        assertTrue(first.more());
        RecordPage<ApiAccountView> second = list.page(byName(List.of("Carl"), 3, List.of()));
        assertEquals(List.of("monitor", "ops", "zed"), names(second));
        assertFalse(second.more());
        assertEquals(6, list.count(byName(null, 1, List.of())));
    }

    @Test
    void a_filter_applies_to_configured_and_stored_accounts_alike_and_the_count_agrees() {
        createOps("readonly");
        RecordQuery<ApiAccountField> readonly = byName(null, 10,
                List.of(filter(ApiAccountField.ROLE, RecordQuery.Operator.EQUAL, "READONLY")));
        assertEquals(List.of("monitor", "ops"), names(list.page(readonly)));
        assertEquals(2, list.count(readonly));
        RecordQuery<ApiAccountField> named = byName(null, 10,
                List.of(filter(ApiAccountField.NAME, RecordQuery.Operator.GLOB, "*O*")));
        assertEquals(List.of("monitor", "ops"), names(list.page(named)));
    }

    @Test
    void locked_is_the_lock_at_the_clock_for_configured_and_stored_accounts() {
        stored.lockedWhen((name, now) -> policy.isLocked(failures.ofAccount(name), now));
        createOps("admin");
        update.update("ops", Optional.empty(), Optional.empty(), Optional.of(true));
        update.update("monitor", Optional.empty(), Optional.empty(), Optional.of(true));
        RecordQuery<ApiAccountField> locked = byName(null, 10,
                List.of(filter(ApiAccountField.LOCKED, RecordQuery.Operator.EQUAL, "true")));
        assertEquals(List.of("monitor", "ops"), names(list.page(locked)));
        assertEquals(2, list.count(locked));
        assertTrue(list.page(locked).records().stream().allMatch(ApiAccountView::locked));
    }

    @Test
    void configured_accounts_log_in_with_their_role_and_an_empty_password_leaves_one_out() {
        assertEquals(Optional.of(ApiRole.ADMIN), login("admin", "netapp1!"));
        assertEquals(Optional.of(ApiRole.READONLY), login("monitor", "monitor1!"));
        assertEquals(Optional.empty(), login("switched_off", ""));
        assertEquals(List.of("admin", "monitor"), configured.all().stream().map(a -> a.name().value()).toList());
    }

    @Test
    void configured_accounts_are_kept_as_hashes_only() {
        CredentialHash kept = configured.named(new ApiAccountName("admin")).orElseThrow().credential();
        assertEquals(FakeAccountPasswordHasher.SCHEME, kept.scheme());
        assertFalse(kept.value().contains("netapp1!"));
    }

    @Test
    void a_wrong_password_an_unknown_name_and_a_name_that_is_no_name_do_not_log_in_and_all_cost_a_check() {
        int before = hasher.checks();
        assertEquals(Optional.empty(), login("admin", "wrong"));
        assertEquals(Optional.empty(), login("nobody", "netapp1!"));
        assertEquals(Optional.empty(), login("not a name:", "x"));
        assertEquals(before + 3, hasher.checks(), "each refusal checked a hash, so that none is quicker");
    }

    @Test
    void a_created_account_logs_in_and_is_stored_as_a_hash() {
        ApiAccountView created = createOps("readonly");

        assertEquals(new ApiAccountView("ops", "readonly", false, false), created);
        assertEquals(Optional.of(ApiRole.READONLY), login("ops", "Blue-pass-1"));
        assertEquals(FakeAccountPasswordHasher.SCHEME, stored.all().get(0).credential().scheme());
    }

    @Test
    void lists_configured_and_stored_accounts_by_name() {
        createOps("admin");
        assertEquals(List.of("admin", "monitor", "ops"), names(list.page(byName(null, 100, List.of()))));
        assertTrue(list.named("admin").orElseThrow().configured());
        assertFalse(list.named("ops").orElseThrow().configured());
        assertEquals(Optional.empty(), list.named("a b"));
    }

    @Test
    void refuses_a_name_taken_by_a_configured_or_a_stored_account() {
        createOps("admin");
        assertRejected(ACCOUNT_EXISTS, Subject.NAME,
                () -> create.create(new CreateApiAccountCommand("ops", Password.of("Other-pass-1"), "admin")));
        assertRejected(ACCOUNT_EXISTS, Subject.NAME,
                () -> create.create(new CreateApiAccountCommand("admin", Password.of("Other-pass-1"), "admin")));
    }

    @Test
    void checks_the_password_and_role_of_a_new_account() {
        assertRejected(ACCOUNT_PASSWORD_MISSING, Subject.PASSWORD, () -> create.create(new CreateApiAccountCommand("ops", null, "admin")));
        assertRejected(ACCOUNT_PASSWORD_TOO_SHORT, Subject.PASSWORD,
                () -> create.create(new CreateApiAccountCommand("ops", Password.of("a1"), "admin")));
        assertRejected(ACCOUNT_ROLE_INVALID, Subject.ROLE,
                () -> create.create(new CreateApiAccountCommand("ops", Password.of("Blue-pass-1"), "root")));
        assertTrue(stored.all().isEmpty());
    }

    @Test
    void a_new_password_replaces_the_old_one_and_a_new_role_applies() {
        createOps("readonly");

        update.update("ops", Optional.of(Password.of("New-pass-22")), Optional.of("admin"), Optional.empty());

        assertEquals(Optional.empty(), login("ops", "Blue-pass-1"));
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "New-pass-22"));
    }

    @Test
    void a_new_password_meets_the_rules() {
        createOps("readonly");
        assertRejected(ACCOUNT_PASSWORD_TOO_SHORT, Subject.PASSWORD,
                () -> update.update("ops", Optional.of(Password.of("a1")), Optional.empty(), Optional.empty()));
        assertEquals(Optional.of(ApiRole.READONLY), login("ops", "Blue-pass-1"));
    }

    @Test
    void deletes_a_stored_account() {
        createOps("admin");
        delete.delete("ops");
        assertEquals(Optional.empty(), login("ops", "Blue-pass-1"));
        assertRejected(ACCOUNT_NOT_FOUND, Subject.NAME, () -> delete.delete("ops"));
        assertRejected(ACCOUNT_NOT_FOUND, Subject.NAME, () -> delete.delete("no such:name"));
    }

    @Test
    void configured_accounts_are_neither_changed_nor_deleted() {
        assertRejected(ACCOUNT_IS_CONFIGURED, Subject.NAME,
                () -> update.update("admin", Optional.of(Password.of("Other-pass-1")), Optional.empty(), Optional.empty()));
        assertRejected(ACCOUNT_IS_CONFIGURED, Subject.NAME, () -> delete.delete("monitor"));
        assertEquals(Optional.of(ApiRole.ADMIN), login("admin", "netapp1!"));
    }
}
