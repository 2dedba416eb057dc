-- Access that ends when it should: every access token names the login it belongs to and the version of its user's
-- access when it was issued, and both are checked on each call. Only additions.

-- A change of password, role or status (or a deletion) moves the version on: tokens of an older version are refused.
CREATE TABLE user_access_versions (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    version INTEGER NOT NULL DEFAULT 0
);

-- One row per sign-in through the API; its access tokens carry its id (the "sid" claim) and signing out ends it.
CREATE TABLE sign_ins (
    id UUID PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ended_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_sign_ins_user_id ON sign_ins(user_id);
CREATE INDEX idx_sign_ins_created_at ON sign_ins(created_at);

-- The sign-in each refresh token continues, so that a refresh keeps it and signing out with the token ends it.
CREATE TABLE refresh_token_sign_ins (
    refresh_token_id INTEGER PRIMARY KEY REFERENCES refresh_tokens(id) ON DELETE CASCADE,
    sign_in_id UUID NOT NULL REFERENCES sign_ins(id) ON DELETE CASCADE
);
CREATE INDEX idx_refresh_token_sign_ins_sign_in_id ON refresh_token_sign_ins(sign_in_id);
