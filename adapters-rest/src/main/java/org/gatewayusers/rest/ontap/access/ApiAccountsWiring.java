package org.gatewayusers.rest.ontap.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.gatewayusers.application.access.ApiAccounts;
import org.gatewayusers.application.access.AuthenticateApiCaller;
import org.gatewayusers.application.access.ConfiguredApiAccounts;
import org.gatewayusers.application.access.CreateApiAccount;
import org.gatewayusers.application.access.DeleteApiAccount;
import org.gatewayusers.application.access.ListApiAccounts;
import org.gatewayusers.application.access.LoginFailures;
import org.gatewayusers.application.access.UpdateApiAccount;
import org.gatewayusers.application.access.AccountPasswordHasher;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.application.shared.Settings.Setting;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.rest.ontap.access.FailedLoginAnswerDelay;
import org.gatewayusers.rest.transactions.NewTransactions;

/**
 * Composition root of the ONTAP API's accounts: those of the configuration, from environment variables (the
 * demo {@code admin} and {@code monitor} unless the operator says otherwise), and those of the database.
 *
 * <table>
 * <tr><th>variable</th><th>default</th></tr>
 * <tr><td>{@code ONTAP_ADMIN_USER}</td><td>{@code admin}</td></tr>
 * <tr><td>{@code ONTAP_ADMIN_PASSWORD}</td><td>{@code netapp1!} (the demo's; empty: no such account)</td></tr>
 * <tr><td>{@code ONTAP_READONLY_USER}</td><td>{@code monitor}</td></tr>
 * <tr><td>{@code ONTAP_READONLY_PASSWORD}</td><td>{@code monitor1!} (the demo's; empty: no such account)</td></tr>
 * <tr><td>{@code ONTAP_MAX_FAILED_LOGIN_ATTEMPTS}</td><td>5 (ONTAP's {@code -max-failed-login-attempts}; 0: never locks)</td></tr>
 * <tr><td>{@code ONTAP_LOCKOUT_DURATION}</td><td>{@code PT15M} (ONTAP's {@code -lockout-duration}, ISO-8601)</td></tr>
 * <tr><td>{@code ONTAP_MAX_FAILED_LOGINS_PER_ADDRESS}</td><td>20 (0: no limit per client address)</td></tr>
 * <tr><td>{@code ONTAP_ADDRESS_FAILURE_WINDOW}</td><td>{@code PT1M}</td></tr>
 * <tr><td>{@code PASSWORD_CHECK_CONCURRENCY}</td><td>cores − 1, at least 1</td></tr>
 * <tr><td>{@code PASSWORD_CHECK_WAIT}</td><td>{@code PT0.1S}</td></tr>
 * <tr><td>{@code ONTAP_FAILED_LOGIN_DELAY}</td><td>{@code PT1S} (a refused login's 401 waits this long, no thread held)</td></tr>
 * </table>
 */
@ApplicationScoped
public class ApiAccountsWiring {

    static final String DEMO_ADMIN_USER = "admin";
    static final String DEMO_ADMIN_PASSWORD = "netapp1!";
    static final String DEMO_READONLY_USER = "monitor";
    static final String DEMO_READONLY_PASSWORD = "monitor1!";
    private static final Logger LOG = Logger.getLogger(ApiAccountsWiring.class.getName());

    @Inject
    ApiAccounts accounts;

    @Inject
    AccountPasswordHasher hasher;

    @Inject
    LoginFailures loginFailures;

    @Inject
    NewTransactions transactions;

    private final Clock clock = Clock.system();

    @Inject
    Settings settings;

    @Produces
    @Singleton
    ConfiguredApiAccounts configuredApiAccounts() {
        String adminUser = settings.text(Setting.ONTAP_ADMIN_USER, DEMO_ADMIN_USER);
        String adminPassword = settings.text(Setting.ONTAP_ADMIN_PASSWORD, DEMO_ADMIN_PASSWORD);
        String readonlyUser = settings.text(Setting.ONTAP_READONLY_USER, DEMO_READONLY_USER);
        String readonlyPassword = settings.text(Setting.ONTAP_READONLY_PASSWORD, DEMO_READONLY_PASSWORD);
        ConfiguredApiAccounts configured = new ConfiguredApiAccounts(List.of(
                new ConfiguredApiAccounts.Entry(adminUser, ApiRole.ADMIN, Password.of(adminPassword)),
                new ConfiguredApiAccounts.Entry(readonlyUser, ApiRole.READONLY, Password.of(readonlyPassword))),
                hasher);
        for (var account : configured.all()) {
            String described = "ONTAP API account from the configuration: " + account.name() + " (" + account.role().roleName() + ")";
            if (isDemo(account.name().value(), adminUser, adminPassword, readonlyUser, readonlyPassword)) {
                LOG.warning(() -> described + " has the demo password: set ONTAP_ADMIN_PASSWORD / ONTAP_READONLY_PASSWORD");
            } else {
                LOG.info(() -> described);
            }
        }
        return configured;
    }

    /** ONTAP's failed-login rules, as the operator set them (the README's table). */
    @Produces
    @Singleton
    FailedLoginPolicy failedLoginPolicy() {
        FailedLoginPolicy defaults = FailedLoginPolicy.DEFAULTS;
        try {
            return new FailedLoginPolicy(
                    settings.count(Setting.ONTAP_MAX_FAILED_LOGIN_ATTEMPTS, defaults.maxFailedLoginAttempts()),
                    settings.duration(Setting.ONTAP_LOCKOUT_DURATION, defaults.lockoutDuration()),
                    settings.count(Setting.ONTAP_MAX_FAILED_LOGINS_PER_ADDRESS, defaults.maxFailuresPerAddress()),
                    settings.duration(Setting.ONTAP_ADDRESS_FAILURE_WINDOW, defaults.addressWindow()));
        } catch (IllegalArgumentException wrong) {
            throw new IllegalStateException("failed-login settings: " + wrong.getMessage(), wrong);
        }
    }

    /** How long a refused login waits for its answer, without a thread: {@code ONTAP_FAILED_LOGIN_DELAY}. */
    @Produces
    @Singleton
    FailedLoginAnswerDelay failedLoginAnswerDelay() {
        try {
            return new FailedLoginAnswerDelay(settings.duration(Setting.ONTAP_FAILED_LOGIN_DELAY, Duration.ofSeconds(1)));
        } catch (IllegalArgumentException wrong) {
            throw new IllegalStateException("failed-login settings: " + wrong.getMessage(), wrong);
        }
    }

    /** The bound on concurrent password checks: {@code PASSWORD_CHECK_CONCURRENCY} slots, {@code PASSWORD_CHECK_WAIT}. */
    BoundedPasswordChecks passwordCheckSlots() {
        int slots = settings.count(Setting.PASSWORD_CHECK_CONCURRENCY,
                BoundedPasswordChecks.defaultSlots(Runtime.getRuntime().availableProcessors()));
        if (slots < 1) {
            throw new IllegalStateException("PASSWORD_CHECK_CONCURRENCY must be at least 1");
        }
        return new BoundedPasswordChecks(slots, settings.duration(Setting.PASSWORD_CHECK_WAIT, Duration.ofMillis(100)));
    }

    @Produces
    @Singleton
    AuthenticateApiCaller authenticateApiCaller(ConfiguredApiAccounts configured, FailedLoginPolicy policy) {
        // the hash an unknown name is checked against, so that it costs as much as a known one
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        BoundedPasswordChecks slots = passwordCheckSlots();
        LOG.info(() -> "ONTAP API logins: " + slots.slots() + " password check(s) at once; " + policy);
        return new AuthenticateApiCaller(configured, accounts, hasher,
                hasher.hash(Password.of(Base64.getEncoder().encodeToString(random))),
                new LoginFailuresInTransactions(loginFailures, transactions), slots, policy, clock);
    }

    @Produces
    CreateApiAccount createApiAccount(ConfiguredApiAccounts configured) {
        return new CreateApiAccount(configured, accounts, hasher);
    }

    @Produces
    ListApiAccounts listApiAccounts(ConfiguredApiAccounts configured, FailedLoginPolicy policy) {
        return new ListApiAccounts(configured, accounts, loginFailures, policy, clock);
    }

    @Produces
    UpdateApiAccount updateApiAccount(ConfiguredApiAccounts configured, FailedLoginPolicy policy) {
        return new UpdateApiAccount(configured, accounts, hasher, loginFailures, policy, clock);
    }

    @Produces
    DeleteApiAccount deleteApiAccount(ConfiguredApiAccounts configured) {
        return new DeleteApiAccount(configured, accounts, loginFailures);
    }

    private static boolean isDemo(String name, String adminUser, String adminPassword, String readonlyUser,
            String readonlyPassword) {
        return name.equals(adminUser) ? adminPassword.equals(DEMO_ADMIN_PASSWORD)
                : name.equals(readonlyUser) && readonlyPassword.equals(DEMO_READONLY_PASSWORD);
    }
}
