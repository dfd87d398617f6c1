package org.gatewayusers.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ontap_api_account")
class ApiAccountEntity {

    @Id
    @Column(name = "name")
    String name;

    @Column(name = "role_name", nullable = false)
    String role;

    @Column(name = "credential_scheme", nullable = false)
    String credentialScheme;

    @Column(name = "credential_hash", nullable = false)
    String credentialHash;
}
