package org.gatewayusers.persistence.sgw;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sgw_storage_bundle")
class StorageBundleEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "description")
    String description;

    @Column(name = "region_id", nullable = false)
    String regionId;

    @Column(name = "created_at", nullable = false)
    long createdAt;
}
