-- Bot state, version 1. Documents keep LiteDB's collections (subscriptions, articles, events, meta, shelf_*)
-- as JSON, so both stores hold the same shapes; digests get columns of their own because delivery queries them.
CREATE TABLE IF NOT EXISTS briefbot_documents (
    collection text NOT NULL,
    id text NOT NULL,
    body jsonb NOT NULL,
    PRIMARY KEY (collection, id)
);

-- One row per digest occurrence: the primary key is what makes two replicas record a due digest once.
CREATE TABLE IF NOT EXISTS briefbot_digests (
    id text PRIMARY KEY,
    subscription_id text NOT NULL,
    status integer NOT NULL,
    window_end_ticks bigint NOT NULL,
    body jsonb NOT NULL
);

CREATE INDEX IF NOT EXISTS briefbot_digests_by_subscription ON briefbot_digests (subscription_id, status, window_end_ticks);
