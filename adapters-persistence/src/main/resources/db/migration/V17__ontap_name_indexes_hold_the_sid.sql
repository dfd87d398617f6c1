-- A page of one SVM's users or groups filtered by name and ordered by SID (name=user0* in the default order) finds
-- its SIDs from the name index alone: the index holds the SVM, the short name and the SID, so the rows of a broad
-- prefix are not read, only the page's. The new index serves every look-up the one it replaces served.

CREATE INDEX cifs_local_user_by_short_key_sid ON cifs_local_user (svm_uuid, short_key, sid);
DROP INDEX cifs_local_user_by_short_key;

CREATE INDEX cifs_local_group_by_short_key_sid ON cifs_local_group (svm_uuid, short_key, sid);
DROP INDEX cifs_local_group_by_short_key;

-- One SVM's users in name order (as the ONTAP name order compares: the upper-case key, then the name as written),
-- which H2 reads, named in a USE INDEX, for a page of the members of a large group: the users in order, each
-- kept when a member, up to the page.
CREATE INDEX cifs_local_user_by_name ON cifs_local_user (svm_uuid, name_key, name);
