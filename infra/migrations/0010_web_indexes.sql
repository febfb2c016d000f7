-- The web ledger's reads (docs/web.md): each page is a few index probes or index-ordered scans,
-- whatever the ledger's size and whether or not its statistics are fresh.

-- A document's first article (the one that names its figures and mentions), in one probe: the
-- lateral `ORDER BY id LIMIT 1` of every figure and mention shown. Without it the planner may
-- walk articles in id order filtering on document_id (seconds for a page of figures on a
-- 100,000-figure ledger). It covers the plain index on document_id, which it replaces.
CREATE INDEX articles_document_first_idx ON articles (document_id, id);
DROP INDEX articles_document_idx;

-- Pages of figures in storage order (`/api/figures`, `/figures.csv`): the page is read off this
-- index, never sorted from the whole table.
CREATE INDEX figures_document_order_idx ON figures (document_id, start_offset, end_offset);

-- Claims filtered as the totals and claims pages filter them: kind and category group (security
-- and military aid are one), recipient, year. claims_totals_idx names the category instead.
CREATE INDEX claims_filter_idx ON claims (kind, category_group, recipient, year);

-- A claim's mentions by publication date and document: the claims reported since a date, and
-- how many documents state a group of claims (totals' `documents`), read off this index alone,
-- not from the mentions' scattered rows (totals by donor and year: 374 to 45 ms on a
-- 100,000-figure ledger). It covers the plain index on claim_id, which it replaces.
CREATE INDEX claim_mentions_claim_published_idx
    ON claim_mentions (claim_id, published, document_id);
DROP INDEX claim_mentions_claim_idx;
