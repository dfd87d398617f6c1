-- Local groups of an SVM (the built-in ones included) and the one relation behind a user's
-- "membership" and a group's "members".

CREATE TABLE cifs_local_group (
    svm_uuid     VARCHAR(36)   NOT NULL,
    sid          VARCHAR(184)  NOT NULL,
    name         VARCHAR(1100) NOT NULL,
    -- the qualified name in upper case: group names are unique without regard to case
    name_key     VARCHAR(1100) NOT NULL,
    description  VARCHAR(1024),
    CONSTRAINT cifs_local_group_pk PRIMARY KEY (svm_uuid, sid),
    CONSTRAINT cifs_local_group_svm_fk FOREIGN KEY (svm_uuid) REFERENCES svm (uuid),
    CONSTRAINT cifs_local_group_name_unique UNIQUE (svm_uuid, name_key)
);

CREATE TABLE cifs_group_member (
    svm_uuid    VARCHAR(36)  NOT NULL,
    group_sid   VARCHAR(184) NOT NULL,
    member_sid  VARCHAR(184) NOT NULL,
    CONSTRAINT cifs_group_member_pk PRIMARY KEY (svm_uuid, group_sid, member_sid),
    CONSTRAINT cifs_group_member_group_fk FOREIGN KEY (svm_uuid, group_sid)
        REFERENCES cifs_local_group (svm_uuid, sid) ON DELETE CASCADE,
    CONSTRAINT cifs_group_member_user_fk FOREIGN KEY (svm_uuid, member_sid)
        REFERENCES cifs_local_user (svm_uuid, sid) ON DELETE CASCADE
);

CREATE INDEX cifs_group_member_by_member ON cifs_group_member (svm_uuid, member_sid);
