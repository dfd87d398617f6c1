-- Access to the Alibaba Cloud RPC dialect (FAMILIES.md section 4): the operators' access keys, the policy
-- documents bound to them, and the signature nonces already used. One schema for H2 (MODE=PostgreSQL) and
-- PostgreSQL. The demo key and the keys of ACCESS_KEYS_FILE come from configuration, not from these tables.

-- The secret is stored as it is: signature v1 is an HMAC keyed with the secret itself, which no hash of it could
-- compute. Guard this table as a password file is guarded; the service never logs a secret.
CREATE TABLE access_key (
    id          VARCHAR(128)  NOT NULL,
    secret      VARCHAR(256)  NOT NULL,
    -- the account the key acts for: the <account> of the resource names its policies are matched against
    account_id  VARCHAR(64)   NOT NULL,
    enabled     BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT access_key_pk PRIMARY KEY (id),
    CONSTRAINT access_key_id_not_blank CHECK (LENGTH(TRIM(id)) > 0),
    CONSTRAINT access_key_secret_not_empty CHECK (LENGTH(secret) > 0),
    CONSTRAINT access_key_account_not_blank CHECK (LENGTH(TRIM(account_id)) > 0)
);

-- Policy documents in the vendor's JSON form, {"Version": "1", "Statement": [{"Effect", "Action", "Resource"}]},
-- bound to a key under a name. A document that cannot be read refuses every call of its key (never a looser reading).
CREATE TABLE access_key_policy (
    access_key_id  VARCHAR(128)    NOT NULL,
    policy_name    VARCHAR(128)    NOT NULL,
    document       VARCHAR(20000)  NOT NULL,
    CONSTRAINT access_key_policy_pk PRIMARY KEY (access_key_id, policy_name),
    CONSTRAINT access_key_policy_key_fk FOREIGN KEY (access_key_id) REFERENCES access_key (id) ON DELETE CASCADE
);

-- Nonces already used, per key (keys from configuration too, hence no foreign key). The primary key is the replay
-- check: a second insert of a nonce fails, whichever server sees it. remember_until is in epoch seconds; rows past
-- it no longer count and are purged now and then.
CREATE TABLE signature_nonce (
    access_key_id   VARCHAR(255)  NOT NULL,
    nonce           VARCHAR(255)  NOT NULL,
    remember_until  BIGINT        NOT NULL,
    CONSTRAINT signature_nonce_pk PRIMARY KEY (access_key_id, nonce)
);

CREATE INDEX signature_nonce_remember_until ON signature_nonce (remember_until);
