-- The reconciler's reading of each mention, stored with it when its document is reconciled, so
-- that reading a block back is a plain read: until now these were computed again in SQL on every
-- read (a second copy of the reconciler's rules, and subqueries over the document's figures that
-- grew the stage's cost with the ledger).
--   giver         its figure's donor, or NULL for a group noun read from context
--   words_before  its sentence's last 80 characters before its surface
--   other_givers  the givers, other_years the years (of the same giver), that its document names
--                 in their own sentences for its other aid figures of the same amount
--   giver_named   its document names its giver: in its text, or in another figure's sentence
ALTER TABLE claim_mentions
    ADD COLUMN giver        text,
    ADD COLUMN words_before text NOT NULL DEFAULT '',
    ADD COLUMN other_givers text[] NOT NULL DEFAULT '{}',
    ADD COLUMN other_years  text[] NOT NULL DEFAULT '{}',
    ADD COLUMN giver_named  boolean NOT NULL DEFAULT false;

-- The mentions stored before: the same reading, as reconciler 2026.11.5 made it.
UPDATE claim_mentions m
SET giver = CASE WHEN f.donor IN ('donor countries', 'European countries', 'Western partners')
                      AND f.attribution ->> 'donor' IN ('context', 'document')
                 THEN NULL ELSE f.donor END,
    words_before = right(left(f.sentence, greatest(strpos(f.sentence, f.surface) - 1, 0)), 80),
    other_givers = ARRAY(
        SELECT DISTINCT o.donor FROM figures o
        WHERE o.document_id = f.document_id AND o.start_offset <> f.start_offset
          AND o.aid_related AND o.value = f.value AND o.unit = f.unit
          AND o.donor IS NOT NULL AND o.attribution ->> 'donor' NOT IN ('context', 'document')),
    other_years = ARRAY(
        SELECT DISTINCT o.year::text FROM figures o
        WHERE o.document_id = f.document_id AND o.start_offset <> f.start_offset
          AND o.aid_related AND o.value = f.value AND o.unit = f.unit
          AND o.donor IS NOT DISTINCT FROM f.donor
          AND o.year IS NOT NULL AND o.attribution ->> 'year' NOT IN ('context', 'document')),
    giver_named = coalesce(strpos(d.text, f.donor) > 0, false) OR EXISTS (
        SELECT 1 FROM figures o
        WHERE o.document_id = f.document_id AND o.start_offset <> f.start_offset
          AND o.aid_related AND o.donor = f.donor
          AND o.attribution ->> 'donor' NOT IN ('context', 'document'))
FROM figures f, documents d
WHERE f.document_id = m.document_id AND f.start_offset = m.start_offset
  AND f.end_offset = m.end_offset AND d.id = m.document_id;
