package org.gatewayusers.persistence.sgw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sgw_gateway")
class GatewayEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "storage_bundle_id", nullable = false, updatable = false)
    String storageBundleId;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description")
    String description;

    @Column(name = "gateway_type", nullable = false)
    String type;

    @Column(name = "location", nullable = false)
    String location;

    @Column(name = "state", nullable = false)
    String state;

    @Column(name = "directory_kind", nullable = false)
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

    @Column(name = "ldap_tls", nullable = false)
    boolean ldapTls;

    @Column(name = "gateway_class")
    String gatewayClass;

    @Column(name = "post_paid", nullable = false)
    boolean postPaid;

    @Column(name = "vswitch_id")
    String vSwitchId;

    @Column(name = "public_network_bandwidth")
    Integer publicNetworkBandwidth;

    @Column(name = "release_after_expiration", nullable = false)
    boolean releaseAfterExpiration;

    /** Only ever advanced in SQL by {@link JpaGateways#nextTaskSequence}; a mapped copy is never written back. */
    @Column(name = "last_task_sequence", nullable = false, updatable = false)
    long lastTaskSequence;

    @Column(name = "created_at", nullable = false)
    long createdAt;
}
