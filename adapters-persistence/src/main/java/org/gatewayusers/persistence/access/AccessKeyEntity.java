package org.gatewayusers.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code access_key}. The secret is held as it is, for the HMAC; nothing here prints it. */
@Entity
@Table(name = "access_key")
class AccessKeyEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "secret", nullable = false)
    String secret;

    @Column(name = "account_id", nullable = false)
    String accountId;

    @Column(name = "enabled", nullable = false)
    boolean enabled;

    @Override
    public String toString() {
        return "AccessKeyEntity[" + id + ", ****]";
    }
}
