-- When each SMB credential last changed (epoch seconds): what an SMB server's password database records as the
-- password's last change time (smbpasswd's LCT). Rows from before this migration, and rows inserted by SQL that
-- does not name the column, take the time of their insert.

ALTER TABLE cifs_local_user ADD COLUMN credential_changed_at BIGINT
    DEFAULT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS BIGINT) NOT NULL;

ALTER TABLE sgw_smb_user ADD COLUMN credential_changed_at BIGINT
    DEFAULT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS BIGINT) NOT NULL;
