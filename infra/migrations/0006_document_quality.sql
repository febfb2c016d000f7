-- The cleaner keeps doubtful text rather than skip it: 'low' with its reasons (little prose,
-- text that looks garbled...) marks it for review instead of a silent clean document.
ALTER TABLE documents
    ADD COLUMN quality text NOT NULL DEFAULT 'ok' CHECK (quality IN ('ok', 'low')),
    ADD COLUMN quality_reasons text[] NOT NULL DEFAULT '{}';
