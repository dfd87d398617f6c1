package org.gatewayusers.persistence.ontap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Entity
@Table(name = "cifs_local_group")
@IdClass(LocalGroupEntity.Key.class)
class LocalGroupEntity {

    @Id
    @Column(name = "svm_uuid")
    String svmUuid;

    @Id
    @Column(name = "sid")
    String sid;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "name_key", nullable = false)
    String nameKey;

    /** The short name in upper case: {@code ADMINISTRATORS} of {@code BUILTIN\Administrators}. */
    @Column(name = "short_key")
    String shortKey;

    @Column(name = "description")
    String description;

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
