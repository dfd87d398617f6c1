-- Named locks that every server on the database shares: a transaction holds one by locking its row
-- (SELECT ... FOR UPDATE) until it ends. Two servers starting at once on an empty database complete the demo data
-- one after the other under 'demo-data', so that it exists once.
CREATE TABLE cluster_lock (
    name                VARCHAR(64)   NOT NULL,
    CONSTRAINT cluster_lock_pk PRIMARY KEY (name)
);

INSERT INTO cluster_lock (name) VALUES ('demo-data');
