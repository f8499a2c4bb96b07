-- API tokens for scripts (Authorization: Bearer). Only the SHA-256 of a token is kept: the token itself is shown
-- once, when an admin makes it. A token acts as its user, with that user's roles at the time of each request.
CREATE TABLE api_tokens (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    user_name TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    hint TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_used_at TEXT NULL,
    revoked_by TEXT NULL,
    revoked_at TEXT NULL
);
CREATE UNIQUE INDEX ix_api_tokens_secret_hash ON api_tokens (secret_hash);
