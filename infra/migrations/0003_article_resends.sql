-- How often the sweeper re-sent an article: one that never gets past a stage (it kills its
-- worker, or runs past the hard time limit, every time) is given up after a bound.
ALTER TABLE articles ADD COLUMN resends integer NOT NULL DEFAULT 0;
