package org.gatewayusers.persistence.sgw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Entity
@Table(name = "sgw_smb_user")
@IdClass(SmbUserEntity.Key.class)
class SmbUserEntity {

    @Id
    @Column(name = "gateway_id")
    String gatewayId;

    @Id
    @Column(name = "name_key")
    String nameKey;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "credential_scheme", nullable = false)
    String credentialScheme;

    @Column(name = "credential_hash", nullable = false)
    String credentialHash;

    /** Epoch seconds of the last change of the credential (migration V12). */
    @Column(name = "credential_changed_at", nullable = false)
    long credentialChangedAt;

    public static class Key implements Serializable {
        String gatewayId;
        String nameKey;

        public Key() {
        }

        Key(String gatewayId, String nameKey) {
            this.gatewayId = gatewayId;
            this.nameKey = nameKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(gatewayId, that.gatewayId)
                    && Objects.equals(nameKey, that.nameKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gatewayId, nameKey);
        }
    }
}
