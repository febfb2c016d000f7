-- Where each figure's attributes came from: {"donor": "title", "year": "context", ...}, each one
-- of sentence, context, title or document; so an operator sees why a figure got its donor.
ALTER TABLE figures ADD COLUMN attribution jsonb NOT NULL DEFAULT '{}';
