-- Claims: the facts behind the mentions (figures), each counted once. See docs/claims.md.
--
-- claim_mentions holds every figure the reconciler considered, keyed by its place in the
-- document (a re-extraction that finds the same figure keeps the row), with the block it belongs
-- to (category group and kind), its receiver ('' when none) and period, and how it joined its
-- claim. A claim's key is its block plus its stating mention's place, so rebuilding a block keeps
-- the ids of the claims that are still there.

CREATE TABLE claims (
    id                 bigserial PRIMARY KEY,
    key                text NOT NULL UNIQUE,
    recipient          text,
    category_group     text NOT NULL,
    kind               text NOT NULL
                       CHECK (kind IN ('increment', 'cumulative', 'target', 'budget', 'share')),
    period             text,            -- '2024', or a range '2022-2025'
    year               integer,         -- the period when it is one year
    donor              text,
    giver              text,            -- the donor's family ("NATO allies" for its members)
    category           text NOT NULL,
    value              numeric NOT NULL,
    unit               text NOT NULL,
    qualifier          text NOT NULL,
    value_eur          numeric,
    mentions           integer NOT NULL,
    documents          integer NOT NULL,
    conflict           boolean NOT NULL DEFAULT false,
    reconciler_version text NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_block_idx ON claims (category_group, kind, value_eur);
CREATE INDEX claims_giver_idx ON claims (category_group, kind, giver);
CREATE INDEX claims_totals_idx ON claims (kind, category, recipient, year, donor);

CREATE TABLE claim_mentions (
    document_id    bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_offset   integer NOT NULL,
    end_offset     integer NOT NULL,
    recipient      text NOT NULL,
    category_group text NOT NULL,
    kind           text NOT NULL,
    period         text,
    published      date,            -- its document's, for the clustering's order
    link           text CHECK (link IN ('converts', 'part_of')),
    link_start     integer,
    claim_id       bigint REFERENCES claims (id) ON DELETE SET NULL,
    relation       text CHECK (relation IN ('states', 'restates', 'converts', 'part_of')),
    PRIMARY KEY (document_id, start_offset, end_offset)
);
CREATE INDEX claim_mentions_block_idx ON claim_mentions (category_group, kind);
-- The latest mention of a block, in the clustering's order (undated last), in one index probe.
CREATE INDEX claim_mentions_latest_idx
    ON claim_mentions (category_group, kind, (published IS NULL), published, document_id);
CREATE INDEX claim_mentions_claim_idx ON claim_mentions (claim_id);
-- The parts of a block's claims, looked up by amount when a document joins the block.
CREATE INDEX claim_mentions_parts_idx ON claim_mentions (category_group, kind)
    WHERE relation = 'part_of';

ALTER TABLE documents ADD COLUMN reconciler_version text, ADD COLUMN reconciled_at timestamptz;

-- A new stage: extracted articles wait for reconciliation before they are done.
ALTER TABLE articles DROP CONSTRAINT articles_status_check;
ALTER TABLE articles ADD CONSTRAINT articles_status_check
    CHECK (status IN ('pending', 'fetched', 'cleaned', 'extracted', 'done', 'skipped', 'failed'));
DROP INDEX articles_status_idx;
CREATE INDEX articles_status_idx ON articles (status, updated_at)
    WHERE status IN ('pending', 'fetched', 'cleaned', 'extracted');
