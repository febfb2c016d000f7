-- Why a stage failed, as a stable word the operator can count and group by (`failures summary`,
-- `status`): shared/failure_causes.py names them. `code` keeps the finer code the raiser gave
-- (services/fetcher/causes.py: timeout_headers, http_client_error...), NULL when it gave none.
ALTER TABLE failures
    ADD COLUMN cause text NOT NULL DEFAULT 'unclassified',
    ADD COLUMN code  text;

-- Rows from before: what their class and message still tell. Permanent and Transient were
-- raised on purpose; any other class was an exception nobody foresaw.
UPDATE failures SET cause = CASE
    WHEN message LIKE 'stuck at %' THEN 'stuck'
    WHEN message LIKE 'timed out after %' THEN 'timeout'
    WHEN error_class IN ('Permanent', 'Transient') THEN 'unclassified'
    WHEN error_class = 'DatabaseUnavailable' THEN 'database'
    ELSE 'internal'
END;

CREATE INDEX failures_open_cause_idx ON failures (task, cause) WHERE resolved_at IS NULL;
