-- Replay claims, version 3: request and event keys already answered by some replica, so a re-delivery to
-- another replica is answered once. Rows expire; expires_utc is indexed for the periodic delete.
CREATE TABLE IF NOT EXISTS briefbot_replay_claims (
    key text PRIMARY KEY,
    expires_utc timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS briefbot_replay_claims_by_expiry ON briefbot_replay_claims (expires_utc);
