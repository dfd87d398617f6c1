package org.gatewayusers.persistence.ontap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

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

    @Column(name = "description")
    String description;

    /** The SIDs of the local users in the group; a user's membership is read from the same rows. */
    @ElementCollection
    @CollectionTable(name = "cifs_group_member", joinColumns = {
            @JoinColumn(name = "svm_uuid", referencedColumnName = "svm_uuid"),
            @JoinColumn(name = "group_sid", referencedColumnName = "sid")})
    @Column(name = "member_sid", nullable = false)
    Set<String> members = new HashSet<>();

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
