-- Private calendar subscription addresses: calendar apps cannot sign in, so each person may have one secret
-- address for their sessions. Only the SHA-256 hex digest of its token is kept; a new address replaces the old.
CREATE TABLE calendar_feeds (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token_hash VARCHAR(64) UNIQUE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
