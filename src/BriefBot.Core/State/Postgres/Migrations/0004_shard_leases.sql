-- Shard leases, version 4: which replica connects which Discord Gateway shard, and when its claim lapses.
-- A row with no owner, or an expiry in the past, is free to claim. Replicas heartbeat in briefbot_shard_replicas
-- so each knows how many share the shards; the identify slots space session starts across replicas.
CREATE TABLE IF NOT EXISTS briefbot_shard_replicas (
    replica_id text PRIMARY KEY,
    expires_utc timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS briefbot_shard_leases (
    shard_count integer NOT NULL,
    shard_id integer NOT NULL,
    owner text NULL,
    expires_utc timestamptz NOT NULL,
    PRIMARY KEY (shard_count, shard_id)
);

CREATE TABLE IF NOT EXISTS briefbot_start_slots (
    key text PRIMARY KEY,
    free_utc timestamptz NOT NULL
);
