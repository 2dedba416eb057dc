-- Invitations: the single-use link with which an account an admin created chooses its password (which also verifies
-- its address). Stored as the SHA-256 hex digest of what was mailed, like the other emailed tokens.
CREATE TABLE invitation_tokens (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash VARCHAR(64) UNIQUE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX idx_invitation_tokens_user_id ON invitation_tokens(user_id);
CREATE INDEX idx_invitation_tokens_expires_at ON invitation_tokens(expires_at);
