package org.gatewayusers.domain.access;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an access key: {@code anAccessKey().withId("ak1").allowing("hcs-sgw:*", "*").build()}. By default an
 * enabled key of account {@value #DEFAULT_ACCOUNT} with no policy at all (so it may do nothing).
 */
public final class AccessKeyBuilder {

    public static final String DEFAULT_ID = "test-access-key";
    public static final String DEFAULT_SECRET = "test-access-secret";
    public static final String DEFAULT_ACCOUNT = "1000000000000001";

    private String id = DEFAULT_ID;
    private String secret = DEFAULT_SECRET;
    private String account = DEFAULT_ACCOUNT;
    private boolean enabled = true;
    private final List<AccessPolicy> policies = new ArrayList<>();

    private AccessKeyBuilder() {
    }

    public static AccessKeyBuilder anAccessKey() {
        return new AccessKeyBuilder();
    }

    public AccessKeyBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public AccessKeyBuilder withSecret(String secret) {
        this.secret = secret;
        return this;
    }

    public AccessKeyBuilder ofAccount(String account) {
        this.account = account;
        return this;
    }

    public AccessKeyBuilder disabled() {
        this.enabled = false;
        return this;
    }

    public AccessKeyBuilder withPolicy(AccessPolicy policy) {
        policies.add(policy);
        return this;
    }

    public AccessKeyBuilder allowingEverything() {
        return withPolicy(AccessPolicy.allowingEverything());
    }

    public AccessKeyBuilder allowing(String action, String resource) {
        return withPolicy(new AccessPolicy(List.of(PolicyStatement.allow(action, resource))));
    }

    public AccessKeyBuilder denying(String action, String resource) {
        return withPolicy(new AccessPolicy(List.of(PolicyStatement.deny(action, resource))));
    }

    public AccessKey build() {
        return new AccessKey(id, AccessKeySecret.of(secret), account, enabled, new Permissions(policies));
    }
}
