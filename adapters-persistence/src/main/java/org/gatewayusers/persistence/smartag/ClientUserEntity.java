package org.gatewayusers.persistence.smartag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Entity
@Table(name = "smartag_client_user")
@IdClass(ClientUserEntity.Key.class)
class ClientUserEntity {

    @Id
    @Column(name = "instance_id")
    String instanceId;

    @Id
    @Column(name = "name_key")
    String nameKey;

    @Column(name = "name", nullable = false, updatable = false)
    String name;

    @Column(name = "user_mail", nullable = false)
    String userMail;

    @Column(name = "mail_key", nullable = false)
    String mailKey;

    @Column(name = "bandwidth", nullable = false)
    int bandwidth;

    @Column(name = "client_ip", nullable = false, updatable = false)
    long clientIp;

    @Column(name = "static_ip", nullable = false, updatable = false)
    boolean staticIp;

    @Column(name = "state", nullable = false)
    String state;

    @Column(name = "credential_scheme", nullable = false)
    String credentialScheme;

    @Column(name = "credential_hash", nullable = false)
    String credentialHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    long createdAt;

    public static class Key implements Serializable {
        String instanceId;
        String nameKey;

        public Key() {
        }

        Key(String instanceId, String nameKey) {
            this.instanceId = instanceId;
            this.nameKey = nameKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(instanceId, that.instanceId)
                    && Objects.equals(nameKey, that.nameKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(instanceId, nameKey);
        }
    }
}
