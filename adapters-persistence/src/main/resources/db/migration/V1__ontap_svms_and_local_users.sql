-- One schema for H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE svm (
    uuid             VARCHAR(36)  NOT NULL,
    name             VARCHAR(47)  NOT NULL,
    svm_type         VARCHAR(8)   NOT NULL,
    domain_sid       VARCHAR(64)  NOT NULL,
    -- the next relative identifier to hand out; taken with UPDATE so concurrent creates serialise on the row
    next_rid         BIGINT       NOT NULL,
    cifs_server_name VARCHAR(15),
    CONSTRAINT svm_pk PRIMARY KEY (uuid),
    CONSTRAINT svm_name_unique UNIQUE (name),
    CONSTRAINT svm_type_known CHECK (svm_type IN ('DATA', 'ADMIN')),
    CONSTRAINT svm_next_rid_from_1000 CHECK (next_rid >= 1000)
);

CREATE TABLE cifs_local_user (
    svm_uuid          VARCHAR(36)   NOT NULL,
    sid               VARCHAR(184)  NOT NULL,
    rid               BIGINT        NOT NULL,
    name              VARCHAR(128)  NOT NULL,
    -- the qualified name in upper case: Windows names are unique without regard to case
    name_key          VARCHAR(128)  NOT NULL,
    full_name         VARCHAR(1024),
    description       VARCHAR(1024),
    account_disabled  BOOLEAN       NOT NULL,
    credential_scheme VARCHAR(16)   NOT NULL,
    credential_hash   VARCHAR(512)  NOT NULL,
    CONSTRAINT cifs_local_user_pk PRIMARY KEY (svm_uuid, sid),
    CONSTRAINT cifs_local_user_svm_fk FOREIGN KEY (svm_uuid) REFERENCES svm (uuid),
    CONSTRAINT cifs_local_user_name_unique UNIQUE (svm_uuid, name_key),
    CONSTRAINT cifs_local_user_rid_unique UNIQUE (svm_uuid, rid)
);
