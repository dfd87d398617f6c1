-- The privileges granted to CIFS local users and groups (CifsPrivileges): a row per holder and privilege. A holder is
-- a local user or a local group of the SVM (exactly one of user_sid, group_sid, equal to holder_sid); deleting it
-- deletes its privileges.
CREATE TABLE cifs_privilege (
    svm_uuid    VARCHAR(36)  NOT NULL,
    holder_sid  VARCHAR(184) NOT NULL,
    user_sid    VARCHAR(184),
    group_sid   VARCHAR(184),
    privilege   VARCHAR(32)  NOT NULL,
    CONSTRAINT cifs_privilege_pk PRIMARY KEY (svm_uuid, holder_sid, privilege),
    CONSTRAINT cifs_privilege_one_holder CHECK ((user_sid IS NULL AND group_sid = holder_sid)
        OR (group_sid IS NULL AND user_sid = holder_sid)),
    CONSTRAINT cifs_privilege_user_fk FOREIGN KEY (svm_uuid, user_sid)
        REFERENCES cifs_local_user (svm_uuid, sid) ON DELETE CASCADE,
    CONSTRAINT cifs_privilege_group_fk FOREIGN KEY (svm_uuid, group_sid)
        REFERENCES cifs_local_group (svm_uuid, sid) ON DELETE CASCADE,
    CONSTRAINT cifs_privilege_known CHECK (privilege IN ('SE_TCB', 'SE_BACKUP', 'SE_RESTORE', 'SE_TAKE_OWNERSHIP',
        'SE_SECURITY', 'SE_CHANGE_NOTIFY'))
);
