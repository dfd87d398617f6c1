package org.gatewayusers.persistence.sgw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A task's row. Claims, finishes and recoveries are conditional UPDATEs in {@link JpaTasks}, never entity writes. */
@Entity
@Table(name = "sgw_task")
class TaskEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "gateway_id", nullable = false)
    String gatewayId;

    @Column(name = "sequence_number", nullable = false)
    long sequence;

    @Column(name = "kind", nullable = false)
    String kind;

    @Column(name = "state", nullable = false)
    String state;

    @Column(name = "progress", nullable = false)
    int progress;

    @Column(name = "failure")
    String failure;

    @Column(name = "created_at", nullable = false)
    long createdAt;

    @Column(name = "updated_at", nullable = false)
    long updatedAt;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claim_token")
    String claimToken;

    @Column(name = "lease_until")
    Long leaseUntil;

    @Column(name = "username")
    String username;

    @Column(name = "username_key")
    String usernameKey;

    @Column(name = "credential_scheme")
    String credentialScheme;

    @Column(name = "credential_hash")
    String credentialHash;

    @Column(name = "directory_kind")
    String directoryKind;

    @Column(name = "directory_server_ip")
    String directoryServerIp;

    @Column(name = "ad_domain_name")
    String adDomainName;

    @Column(name = "ad_username")
    String adUsername;

    @Column(name = "ldap_base_dn")
    String ldapBaseDn;

    @Column(name = "ldap_root_dn")
    String ldapRootDn;

    @Column(name = "ldap_tls")
    Boolean ldapTls;
}
