package org.gatewayusers.persistence.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.application.access.AccessKeys;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.domain.access.AccessKeySecret;
import org.gatewayusers.domain.access.AccessPolicy;
import org.gatewayusers.domain.access.AccessPolicyRejection;
import org.gatewayusers.domain.access.Permissions;

/**
 * The access keys: those of configuration ({@link ConfiguredAccessKeys}: the demo key, the keys file) first, then the
 * operators' keys of the {@code access_key} table with the documents of {@code access_key_policy}. Read on every
 * call, so a key or policy changed in the database counts at once on every server. A stored policy that cannot be
 * read refuses its key's calls as a fault (logged, naming the key and the policy), never a looser reading.
 * Secrets are stored as they are (the HMAC needs them) and never logged.
 */
@ApplicationScoped
class JpaAccessKeys implements AccessKeys {

    private static final Logger LOG = Logger.getLogger(JpaAccessKeys.class.getName());

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Inject
    Settings settings;

    ConfiguredAccessKeys configured;

    @PostConstruct
    void readConfiguration() {
        configured = ConfiguredAccessKeys.from(settings, Path.of("").toAbsolutePath());
        LOG.info(() -> "access keys: demo key " + configured.demo().map(key -> "'" + key.id() + "'").orElse("off")
                + ", keys file " + configured.file().path() + ", and the access_key table");
    }

    @Override
    public Optional<AccessKey> withId(String accessKeyId) {
        Optional<AccessKey> fromConfiguration = configured.withId(accessKeyId);
        if (fromConfiguration.isPresent()) {
            return fromConfiguration;
        }
        AccessKeyEntity stored = em.find(AccessKeyEntity.class, accessKeyId);
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(new AccessKey(stored.id, AccessKeySecret.of(stored.secret), stored.accountId, stored.enabled,
                new Permissions(policiesOf(stored.id))));
    }

    private List<AccessPolicy> policiesOf(String accessKeyId) {
        List<AccessPolicy> policies = new ArrayList<>();
        for (AccessKeyPolicyEntity row : em.createQuery("SELECT p FROM AccessKeyPolicyEntity p"
                        + " WHERE p.accessKeyId = :key ORDER BY p.policyName", AccessKeyPolicyEntity.class)
                .setParameter("key", accessKeyId)
                .getResultList()) {
            try {
                policies.add(PolicyDocuments.parse(row.document));
            } catch (AccessPolicyRejection malformed) {
                throw new IllegalStateException("policy '" + row.policyName + "' of access key '" + accessKeyId
                        + "' cannot be read: " + malformed.getMessage());
            }
        }
        return policies;
    }
}
