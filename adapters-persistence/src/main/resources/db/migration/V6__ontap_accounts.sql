-- The accounts that may call the ONTAP REST API, besides those of the service's configuration.
-- Only a slow salted hash of each password is stored (PBKDF2-HMAC-SHA256), never the password.

CREATE TABLE ontap_api_account (
    name              VARCHAR(256)  NOT NULL,
    role_name         VARCHAR(16)   NOT NULL,
    credential_scheme VARCHAR(32)   NOT NULL,
    credential_hash   VARCHAR(512)  NOT NULL,
    CONSTRAINT ontap_api_account_pk PRIMARY KEY (name),
    CONSTRAINT ontap_api_account_role_known CHECK (role_name IN ('admin', 'readonly'))
);
