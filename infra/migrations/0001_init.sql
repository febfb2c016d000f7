-- The ledger's schema. Forward-only; applied by `aidledger db migrate` (yoyo-migrations).
-- Long URLs are unique through md5(url) indexes: a btree on the text itself breaks at 2,704 bytes.

CREATE TABLE feeds (
    id                   bigserial PRIMARY KEY,
    url                  text NOT NULL,
    title                text,
    status               text NOT NULL DEFAULT 'active'
                         CHECK (status IN ('active', 'paused', 'failing')),
    poll_interval_s      integer NOT NULL DEFAULT 900 CHECK (poll_interval_s > 0),
    next_poll_at         timestamptz NOT NULL DEFAULT now(),
    etag                 text,
    last_modified        text,
    consecutive_failures integer NOT NULL DEFAULT 0,
    last_error           text,
    last_polled_at       timestamptz,
    articles_found       integer NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX feeds_url_key ON feeds (md5(url));
CREATE INDEX feeds_due_idx ON feeds (next_poll_at) WHERE status <> 'paused';

CREATE TABLE documents (
    id                bigserial PRIMARY KEY,
    text              text NOT NULL,
    text_sha256       text NOT NULL UNIQUE,
    title             text,
    author            text,
    language          text,
    published_at      timestamptz,
    site_name         text,
    canonical_url     text,
    cleaner_version   text NOT NULL,
    -- The version whose figures are stored now; NULL until the first extraction commits.
    extractor_version text,
    extracted_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now()
);

-- An article's status is its place in the chain; the sweeper re-enqueues rows stuck in between.
CREATE TABLE articles (
    id            bigserial PRIMARY KEY,
    url           text NOT NULL,           -- normalized; replayed files get a content-addressed key
    original_url  text NOT NULL,           -- as the feed listed it, or the replayed file's name
    source        text NOT NULL CHECK (source IN ('feed', 'replay', 'manual')),
    feed_id       bigint REFERENCES feeds (id) ON DELETE SET NULL,
    guid          text,
    title         text,
    published_at  timestamptz,
    http_status   integer,
    content_type  text,
    raw_body      bytea,
    body_sha256   text,
    fetched_at    timestamptz,
    status        text NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'fetched', 'cleaned', 'done', 'skipped', 'failed')),
    status_reason text,
    document_id   bigint REFERENCES documents (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX articles_url_key ON articles (md5(url));
CREATE UNIQUE INDEX articles_feed_guid_key ON articles (feed_id, md5(guid)) WHERE guid IS NOT NULL;
CREATE INDEX articles_document_idx ON articles (document_id);
CREATE INDEX articles_status_idx ON articles (status, updated_at) WHERE status IN ('pending', 'fetched', 'cleaned');

CREATE TABLE figures (
    id                bigserial PRIMARY KEY,
    document_id       bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    extractor_version text NOT NULL,
    start_offset      integer NOT NULL,
    end_offset        integer NOT NULL CHECK (end_offset > start_offset),
    surface           text NOT NULL,
    sentence          text NOT NULL,
    value             numeric NOT NULL,
    unit              text NOT NULL,
    value_eur         numeric,
    qualifier         text NOT NULL
                      CHECK (qualifier IN ('exact', 'over', 'under', 'approx', 'at_least', 'up_to')),
    category          text NOT NULL,
    aid_related       boolean NOT NULL,
    donor             text,
    recipient         text,
    year              integer,
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (document_id, extractor_version, start_offset, end_offset)
);

-- One row per (task, entity): a failure that repeats counts attempts instead of adding rows.
CREATE TABLE failures (
    id          bigserial PRIMARY KEY,
    task        text NOT NULL,
    entity      text NOT NULL CHECK (entity IN ('feed', 'article', 'document')),
    entity_id   bigint NOT NULL,
    error_class text NOT NULL,
    message     text NOT NULL,
    attempts    integer NOT NULL DEFAULT 1,
    first_seen  timestamptz NOT NULL DEFAULT now(),
    last_seen   timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    UNIQUE (task, entity, entity_id)
);
CREATE INDEX failures_open_idx ON failures (last_seen) WHERE resolved_at IS NULL;
