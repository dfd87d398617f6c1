-- Failed logins of the ONTAP REST API, shared by every server on this database: per account, the failures since
-- its last successful login and the lockout they caused (or an admin's lock); per client address, the failures
-- within the current window. Times are milliseconds since the epoch.

CREATE TABLE ontap_account_login_failure (
    account_name         VARCHAR(256) NOT NULL,
    consecutive_failures INTEGER      NOT NULL,
    locked_until         BIGINT       NOT NULL, -- 0: no lockout
    locked_by_admin      BOOLEAN      NOT NULL,
    CONSTRAINT ontap_account_login_failure_pk PRIMARY KEY (account_name),
    CONSTRAINT ontap_account_login_failure_count CHECK (consecutive_failures >= 0)
);

CREATE TABLE ontap_address_login_failure (
    client_address VARCHAR(64) NOT NULL,
    window_start   BIGINT      NOT NULL,
    failures       INTEGER     NOT NULL,
    CONSTRAINT ontap_address_login_failure_pk PRIMARY KEY (client_address),
    CONSTRAINT ontap_address_login_failure_count CHECK (failures >= 0)
);

CREATE INDEX ontap_address_login_failure_window ON ontap_address_login_failure (window_start);
