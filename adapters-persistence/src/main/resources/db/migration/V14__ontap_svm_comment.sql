-- The SVM's comment (ONTAP's vserver comment: at most 255 characters, counted as code points, hence the width);
-- NULL when it has none.
ALTER TABLE svm ADD COLUMN svm_comment VARCHAR(1024);
