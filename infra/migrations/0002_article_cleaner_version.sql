-- The cleaner version that last handled each article, skipped ones included, so that
-- `reprocess --stage clean` re-cleans only what an older cleaner saw.
ALTER TABLE articles ADD COLUMN cleaner_version text;
UPDATE articles a SET cleaner_version = d.cleaner_version
FROM documents d WHERE d.id = a.document_id;
