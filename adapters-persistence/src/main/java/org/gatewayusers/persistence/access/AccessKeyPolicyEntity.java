package org.gatewayusers.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code access_key_policy}: a policy document, as JSON, bound to a key under a name. */
@Entity
@Table(name = "access_key_policy")
@IdClass(AccessKeyPolicyEntity.Key.class)
class AccessKeyPolicyEntity {

    @Id
    @Column(name = "access_key_id")
    String accessKeyId;

    @Id
    @Column(name = "policy_name")
    String policyName;

    @Column(name = "document", nullable = false)
    String document;

    public static class Key implements Serializable {
        String accessKeyId;
        String policyName;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(accessKeyId, that.accessKeyId)
                    && Objects.equals(policyName, that.policyName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accessKeyId, policyName);
        }
    }
}
