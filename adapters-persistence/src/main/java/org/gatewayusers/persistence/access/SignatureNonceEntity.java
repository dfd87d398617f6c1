package org.gatewayusers.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code signature_nonce}: a nonce a key has used, remembered until an epoch second. */
@Entity
@Table(name = "signature_nonce")
@IdClass(SignatureNonceEntity.Key.class)
class SignatureNonceEntity {

    @Id
    @Column(name = "access_key_id")
    String accessKeyId;

    @Id
    @Column(name = "nonce")
    String nonce;

    @Column(name = "remember_until", nullable = false)
    long rememberUntil;

    SignatureNonceEntity() {
    }

    SignatureNonceEntity(String accessKeyId, String nonce, long rememberUntil) {
        this.accessKeyId = accessKeyId;
        this.nonce = nonce;
        this.rememberUntil = rememberUntil;
    }

    public static class Key implements Serializable {
        String accessKeyId;
        String nonce;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(accessKeyId, that.accessKeyId)
                    && Objects.equals(nonce, that.nonce);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accessKeyId, nonce);
        }
    }
}
