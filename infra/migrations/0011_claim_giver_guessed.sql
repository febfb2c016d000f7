-- Whether a claim's giver is a guess that a mention naming another giver may replace (reconciler
-- 2026.11.12, `services.reconciler.clustering._Cluster.giver_guessed`): its stating mention read
-- it from the text around the figure, and its document names it before the figure nowhere. A
-- block brought up to date looks for such claims whatever their giver (`claims_near`).
ALTER TABLE claims ADD COLUMN giver_guessed boolean NOT NULL DEFAULT false;
