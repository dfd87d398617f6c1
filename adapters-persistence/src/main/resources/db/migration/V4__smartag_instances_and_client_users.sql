-- Smart Access Gateway: app instances, their client users, and the free client addresses of each instance's block.
-- One schema for H2 (MODE=PostgreSQL) and PostgreSQL. Addresses are IPv4 values (0 to 2^32 - 1); times epoch seconds.

CREATE TABLE smartag_instance (
    id                  VARCHAR(64)   NOT NULL,
    region_id           VARCHAR(64)   NOT NULL,
    -- the private client block, normalised (10.0.0.0/24); none until one is set: then the instance holds no user
    cidr_block          VARCHAR(18),
    -- the client-account quota, and the client users counted against it: advanced only by one conditional UPDATE
    -- (user_count < user_quota), whose row lock serialises the creates and deletes of one instance's users
    user_quota          INTEGER       NOT NULL,
    user_count          INTEGER       NOT NULL,
    static_ip_mode      BOOLEAN       NOT NULL,
    -- the bandwidth policy of the instance's client users, in Kbps
    bandwidth_min       INTEGER       NOT NULL,
    bandwidth_max       INTEGER       NOT NULL,
    bandwidth_default   INTEGER       NOT NULL,
    created_at          BIGINT        NOT NULL,
    CONSTRAINT smartag_instance_pk PRIMARY KEY (id),
    CONSTRAINT smartag_instance_quota_range CHECK (user_quota BETWEEN 1 AND 2000),
    CONSTRAINT smartag_instance_count_within_quota CHECK (user_count BETWEEN 0 AND user_quota),
    CONSTRAINT smartag_instance_bandwidth_order CHECK (bandwidth_min >= 1 AND bandwidth_min <= bandwidth_default
        AND bandwidth_default <= bandwidth_max AND bandwidth_max <= 20000)
);

CREATE INDEX smartag_instance_by_region ON smartag_instance (region_id, created_at, id);

CREATE TABLE smartag_client_user (
    instance_id         VARCHAR(64)   NOT NULL,
    -- the name in lower case: names are unique per instance without regard to case
    name_key            VARCHAR(33)   NOT NULL,
    name                VARCHAR(33)   NOT NULL,
    user_mail           VARCHAR(254)  NOT NULL,
    mail_key            VARCHAR(254)  NOT NULL,
    bandwidth           INTEGER       NOT NULL,
    client_ip           BIGINT        NOT NULL,
    static_ip           BOOLEAN       NOT NULL,
    state               VARCHAR(8)    NOT NULL,
    -- the Argon2id hash of the password as a PHC string; never the password
    credential_scheme   VARCHAR(16)   NOT NULL,
    credential_hash     VARCHAR(512)  NOT NULL,
    created_at          BIGINT        NOT NULL,
    CONSTRAINT smartag_client_user_pk PRIMARY KEY (instance_id, name_key),
    CONSTRAINT smartag_client_user_ip_unique UNIQUE (instance_id, client_ip),
    CONSTRAINT smartag_client_user_instance_fk FOREIGN KEY (instance_id) REFERENCES smartag_instance (id),
    CONSTRAINT smartag_client_user_ip_range CHECK (client_ip BETWEEN 0 AND 4294967295),
    CONSTRAINT smartag_client_user_bandwidth_positive CHECK (bandwidth >= 1),
    CONSTRAINT smartag_client_user_state_known CHECK (state IN ('ENABLED', 'DISABLED'))
);

CREATE INDEX smartag_client_user_by_mail ON smartag_client_user (instance_id, mail_key);

-- The free client addresses of each instance's block as disjoint ranges [first_ip, last_ip], never the block's
-- network, gateway or broadcast. The lowest free address is the first row by first_ip; taking or freeing one changes
-- at most two rows found through the primary key, so an allocation costs O(log n) however full the block is. Changed
-- only while the instance's row is locked.
CREATE TABLE smartag_free_client_ip (
    instance_id         VARCHAR(64)   NOT NULL,
    first_ip            BIGINT        NOT NULL,
    last_ip             BIGINT        NOT NULL,
    CONSTRAINT smartag_free_client_ip_pk PRIMARY KEY (instance_id, first_ip),
    CONSTRAINT smartag_free_client_ip_instance_fk FOREIGN KEY (instance_id) REFERENCES smartag_instance (id),
    CONSTRAINT smartag_free_client_ip_ordered CHECK (first_ip <= last_ip AND first_ip >= 0 AND last_ip <= 4294967295)
);
