package org.gatewayusers.persistence.smartag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "smartag_instance")
class SagInstanceEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "region_id", nullable = false, updatable = false)
    String regionId;

    @Column(name = "cidr_block")
    String cidrBlock;

    @Column(name = "user_quota", nullable = false)
    int userQuota;

    /** Only ever changed in SQL by {@link JpaSagInstances}; a mapped copy is never written back. */
    @Column(name = "user_count", nullable = false, updatable = false)
    int userCount;

    @Column(name = "static_ip_mode", nullable = false)
    boolean staticIpMode;

    @Column(name = "bandwidth_min", nullable = false)
    int bandwidthMin;

    @Column(name = "bandwidth_max", nullable = false)
    int bandwidthMax;

    @Column(name = "bandwidth_default", nullable = false)
    int bandwidthDefault;

    @Column(name = "created_at", nullable = false, updatable = false)
    long createdAt;
}
