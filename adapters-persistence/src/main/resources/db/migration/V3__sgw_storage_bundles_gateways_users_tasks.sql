-- Cloud Storage Gateway: storage bundles, their gateways, the gateways' local SMB users, and the asynchronous
-- tasks that change them. One schema for H2 (MODE=PostgreSQL) and PostgreSQL. Times are epoch seconds.

CREATE TABLE sgw_storage_bundle (
    id           VARCHAR(23)   NOT NULL,
    name         VARCHAR(60)   NOT NULL,
    description  VARCHAR(1024),
    region_id    VARCHAR(64)   NOT NULL,
    created_at   BIGINT        NOT NULL,
    CONSTRAINT sgw_storage_bundle_pk PRIMARY KEY (id),
    CONSTRAINT sgw_storage_bundle_name_unique UNIQUE (name)
);

CREATE TABLE sgw_gateway (
    id                   VARCHAR(23)   NOT NULL,
    storage_bundle_id    VARCHAR(23)   NOT NULL,
    name                 VARCHAR(60)   NOT NULL,
    description          VARCHAR(1024),
    gateway_type         VARCHAR(8)    NOT NULL,
    location             VARCHAR(16)   NOT NULL,
    state                VARCHAR(24)   NOT NULL,
    -- the directory link: NONE, or ACTIVE_DIRECTORY / LDAP with their settings (never a password)
    directory_kind       VARCHAR(16)   NOT NULL,
    directory_server_ip  VARCHAR(15),
    ad_domain_name       VARCHAR(253),
    ad_username          VARCHAR(1024),
    ldap_base_dn         VARCHAR(1024),
    ldap_root_dn         VARCHAR(1024),
    ldap_tls             BOOLEAN       NOT NULL,
    -- the last task sequence handed out; taken with UPDATE so that submissions on one gateway serialise on its row
    last_task_sequence   BIGINT        NOT NULL,
    created_at           BIGINT        NOT NULL,
    CONSTRAINT sgw_gateway_pk PRIMARY KEY (id),
    CONSTRAINT sgw_gateway_storage_bundle_fk FOREIGN KEY (storage_bundle_id) REFERENCES sgw_storage_bundle (id),
    CONSTRAINT sgw_gateway_name_unique UNIQUE (storage_bundle_id, name),
    CONSTRAINT sgw_gateway_type_known CHECK (gateway_type IN ('FILE', 'ISCSI')),
    CONSTRAINT sgw_gateway_location_known CHECK (location IN ('CLOUD', 'ON_PREMISE')),
    CONSTRAINT sgw_gateway_state_known CHECK (state IN ('RUNNING', 'CHANGING_DIRECTORY', 'DELETING')),
    CONSTRAINT sgw_gateway_directory_known CHECK (directory_kind IN ('NONE', 'ACTIVE_DIRECTORY', 'LDAP')),
    CONSTRAINT sgw_gateway_task_sequence_positive CHECK (last_task_sequence >= 0)
);

CREATE TABLE sgw_smb_user (
    gateway_id         VARCHAR(23)   NOT NULL,
    -- the name in upper case: SMB user names are unique per gateway without regard to case
    name_key           VARCHAR(32)   NOT NULL,
    name               VARCHAR(32)   NOT NULL,
    credential_scheme  VARCHAR(16)   NOT NULL,
    credential_hash    VARCHAR(512)  NOT NULL,
    CONSTRAINT sgw_smb_user_pk PRIMARY KEY (gateway_id, name_key),
    CONSTRAINT sgw_smb_user_gateway_fk FOREIGN KEY (gateway_id) REFERENCES sgw_gateway (id)
);

-- No foreign key to the gateway: the tasks of a deleted gateway stay to be described.
CREATE TABLE sgw_task (
    id                   VARCHAR(22)   NOT NULL,
    gateway_id           VARCHAR(23)   NOT NULL,
    -- the order of the gateway's tasks: a worker claims a gateway's lowest unfinished one only
    sequence_number      BIGINT        NOT NULL,
    kind                 VARCHAR(24)   NOT NULL,
    state                VARCHAR(12)   NOT NULL,
    progress             INTEGER       NOT NULL,
    failure              VARCHAR(48),
    created_at           BIGINT        NOT NULL,
    updated_at           BIGINT        NOT NULL,
    -- the claim of a running task: its worker, the token of this one claim, the end of its lease
    claimed_by           VARCHAR(128),
    claim_token          VARCHAR(36),
    lease_until          BIGINT,
    -- the work: the user of a user task (with the hash of a new one), the target of a directory change
    username             VARCHAR(32),
    username_key         VARCHAR(32),
    credential_scheme    VARCHAR(16),
    credential_hash      VARCHAR(512),
    directory_kind       VARCHAR(16),
    directory_server_ip  VARCHAR(15),
    ad_domain_name       VARCHAR(253),
    ad_username          VARCHAR(1024),
    ldap_base_dn         VARCHAR(1024),
    ldap_root_dn         VARCHAR(1024),
    ldap_tls             BOOLEAN,
    CONSTRAINT sgw_task_pk PRIMARY KEY (id),
    CONSTRAINT sgw_task_sequence_unique UNIQUE (gateway_id, sequence_number),
    CONSTRAINT sgw_task_claim_unique UNIQUE (claim_token),
    CONSTRAINT sgw_task_kind_known CHECK (kind IN ('CREATE_SMB_USER', 'DELETE_SMB_USER', 'DELETE_GATEWAY',
        'SET_ACTIVE_DIRECTORY', 'SET_LDAP')),
    CONSTRAINT sgw_task_state_known CHECK (state IN ('INITIALIZED', 'RUNNING', 'COMPLETED', 'FAILED')),
    CONSTRAINT sgw_task_progress_percent CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT sgw_task_running_has_lease CHECK ((state = 'RUNNING') = (claimed_by IS NOT NULL AND lease_until IS NOT NULL)),
    CONSTRAINT sgw_task_failed_has_reason CHECK ((state = 'FAILED') = (failure IS NOT NULL))
);

CREATE INDEX sgw_task_by_state ON sgw_task (state, gateway_id, sequence_number);
CREATE INDEX sgw_task_by_user ON sgw_task (gateway_id, username_key);
