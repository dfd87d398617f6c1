package org.gatewayusers.persistence.ontap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Entity
@Table(name = "cifs_local_user")
@IdClass(LocalUserEntity.Key.class)
class LocalUserEntity {

    @Id
    @Column(name = "svm_uuid")
    String svmUuid;

    @Id
    @Column(name = "sid")
    String sid;

    @Column(name = "rid", nullable = false)
    long rid;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "name_key", nullable = false)
    String nameKey;

    /** The short name in upper case: {@code ALEX} of {@code SMB01\alex}. */
    @Column(name = "short_key")
    String shortKey;

    @Column(name = "full_name")
    String fullName;

    @Column(name = "description")
    String description;

    @Column(name = "account_disabled", nullable = false)
    boolean accountDisabled;

    @Column(name = "credential_scheme", nullable = false)
    String credentialScheme;

    @Column(name = "credential_hash", nullable = false)
    String credentialHash;

    /** Epoch seconds of the last change of the credential (migration V12). */
    @Column(name = "credential_changed_at", nullable = false)
    long credentialChangedAt;

    public static class Key implements Serializable {
        String svmUuid;
        String sid;

        public Key() {
        }

        Key(String svmUuid, String sid) {
            this.svmUuid = svmUuid;
            this.sid = sid;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(svmUuid, that.svmUuid) && Objects.equals(sid, that.sid);
        }

        @Override
        public int hashCode() {
            return Objects.hash(svmUuid, sid);
        }
    }
}
