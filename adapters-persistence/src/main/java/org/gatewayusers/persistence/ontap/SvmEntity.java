package org.gatewayusers.persistence.ontap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "svm")
class SvmEntity {

    @Id
    @Column(name = "uuid")
    String uuid;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "svm_type", nullable = false)
    String type;

    @Column(name = "domain_sid", nullable = false)
    String domainSid;

    /** Only ever advanced in SQL by {@link JpaRidBlocks}; a mapped copy is never written back. */
    @Column(name = "next_rid", nullable = false, updatable = false)
    long nextRid;

    @Column(name = "cifs_server_name")
    String cifsServerName;

    @Column(name = "svm_comment")
    String comment;
}
