-- API tokens for scripts (Authorization: Bearer). Only the SHA-256 of a token is kept: the token itself is shown
-- once, when an admin makes it. A token acts as its user, with that user's roles at the time of each request.
CREATE TABLE api_tokens (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    user_name text NOT NULL,
    secret_hash char(64) NOT NULL,
    hint text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    last_used_at timestamptz NULL,
    revoked_by text NULL,
    revoked_at timestamptz NULL
);
CREATE UNIQUE INDEX ix_api_tokens_secret_hash ON api_tokens (secret_hash);
