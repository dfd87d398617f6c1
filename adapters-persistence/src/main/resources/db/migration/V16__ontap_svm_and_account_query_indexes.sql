-- Collection queries of SVMs, CIFS services and API accounts answered in SQL (one statement, LIMIT and a keyset
-- predicate): names compare without regard to case through upper-case keys that the database itself keeps beside
-- them (generated columns: every writer gets them right, SQL seeding too). ${generated_stored} is STORED on
-- PostgreSQL, which requires it, and nothing on H2, which refuses it (DatabaseMigrations sets it).

ALTER TABLE svm ADD COLUMN name_key VARCHAR(47) GENERATED ALWAYS AS (UPPER(name)) ${generated_stored};
ALTER TABLE svm ADD COLUMN cifs_key VARCHAR(15) GENERATED ALWAYS AS (UPPER(cifs_server_name)) ${generated_stored};

-- ?name=vs1 and order_by=name (the key, then the name as written, then the UUID that settles ties)
CREATE INDEX svm_by_name_key ON svm (name_key, name, uuid);
-- /api/protocols/cifs/services?name=SMB01 and order_by=name
CREATE INDEX svm_by_cifs_key ON svm (cifs_key, cifs_server_name, uuid);

ALTER TABLE ontap_api_account ADD COLUMN name_key VARCHAR(256) GENERATED ALWAYS AS (UPPER(name)) ${generated_stored};

-- ?name=admin and the default order (by name)
CREATE INDEX ontap_api_account_by_name_key ON ontap_api_account (name_key, name);
