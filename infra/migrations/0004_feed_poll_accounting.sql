-- Every item of the last poll accounted for: items_seen = items_new + items_duplicate +
-- items_skipped, whether the feed parsed with errors, and each skipped item with its reason
-- (the first 200: position, reason, detail, title, link), for `aidledger feeds show`.
ALTER TABLE feeds
    ADD COLUMN items_seen         integer NOT NULL DEFAULT 0,
    ADD COLUMN items_new          integer NOT NULL DEFAULT 0,
    ADD COLUMN items_duplicate    integer NOT NULL DEFAULT 0,
    ADD COLUMN items_skipped      integer NOT NULL DEFAULT 0,
    ADD COLUMN parsed_with_errors boolean NOT NULL DEFAULT false,
    ADD COLUMN feed_format        text,
    ADD COLUMN skipped_items      jsonb NOT NULL DEFAULT '[]',
    ADD CONSTRAINT feeds_items_add_up
        CHECK (items_seen = items_new + items_duplicate + items_skipped);
