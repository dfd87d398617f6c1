-- Demo data for the embedded database (DEMO_DATA=false leaves it out): the data SVM svm1, which
-- then gets its CIFS server SMB_SERVER01 through the application (see DemoDataLoaded), and the
-- cluster's admin SVM.

INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid, cifs_server_name)
SELECT '02c9e252-41be-11e9-81d5-00a0986138f7', 'svm1', 'DATA', 'S-1-5-21-256008430-3394229847-3930036330', 1000, NULL
WHERE NOT EXISTS (SELECT 1 FROM svm WHERE name = 'svm1');

INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid, cifs_server_name)
SELECT '7d3c8a10-41be-11e9-81d5-00a0986138f7', 'cluster1', 'ADMIN', 'S-1-5-21-1181238290-2394860122-1007839425', 1000, NULL
WHERE NOT EXISTS (SELECT 1 FROM svm WHERE name = 'cluster1');
