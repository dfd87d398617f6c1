-- Collection queries answered in SQL (one statement, LIMIT and a keyset predicate): every look-up a client
-- starts with has an index. Names compare without regard to case through upper-case keys kept beside them.

-- The short name of a local user in upper case ("ALEX" of "SMB01\alex"): a name without its domain finds it.
-- The service writes it with every name (the JPA mapper); rows written by other means must set it too.
ALTER TABLE cifs_local_user ADD COLUMN short_key VARCHAR(128);
UPDATE cifs_local_user SET short_key = SUBSTRING(name_key FROM POSITION('\' IN name_key) + 1);

CREATE INDEX cifs_local_user_by_short_key ON cifs_local_user (svm_uuid, short_key);
CREATE INDEX cifs_local_user_short_key ON cifs_local_user (short_key);
CREATE INDEX cifs_local_user_name_key ON cifs_local_user (name_key);
CREATE INDEX cifs_local_user_sid ON cifs_local_user (sid);

-- The same for local groups (BUILTIN\Administrators is found as Administrators).
ALTER TABLE cifs_local_group ADD COLUMN short_key VARCHAR(1100);
UPDATE cifs_local_group SET short_key = SUBSTRING(name_key FROM POSITION('\' IN name_key) + 1);

CREATE INDEX cifs_local_group_by_short_key ON cifs_local_group (svm_uuid, short_key);
CREATE INDEX cifs_local_group_sid ON cifs_local_group (sid);
