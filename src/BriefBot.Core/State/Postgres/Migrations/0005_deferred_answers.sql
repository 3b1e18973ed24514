-- Deferred answers, version 5: acknowledged answers not yet sent, so another replica can finish one whose owner
-- stopped renewing its lease. The owner and both expiries are columns, so a claim is one UPDATE; body is the record.
CREATE TABLE IF NOT EXISTS briefbot_deferred_answers (
    id text PRIMARY KEY,
    owner text NOT NULL,
    lease_expires_utc timestamptz NOT NULL,
    answer_expires_utc timestamptz NOT NULL,
    body jsonb NOT NULL
);

CREATE INDEX IF NOT EXISTS briefbot_deferred_answers_by_lease ON briefbot_deferred_answers (lease_expires_utc);
