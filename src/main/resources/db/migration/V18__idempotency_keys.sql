-- The first answer to each write sent with an Idempotency-Key, kept 24 hours per caller so that a client that
-- retries (a phone whose connection dropped before the answer came) gets that answer again instead of a second
-- execution. In PostgreSQL, so that every instance sees it. A row without status is a write still running.
CREATE TABLE idempotency_keys (
    id BIGSERIAL PRIMARY KEY,
    caller VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    method VARCHAR(10) NOT NULL,
    path VARCHAR(2048) NOT NULL,
    request_digest CHAR(64) NOT NULL,
    status SMALLINT,
    response_headers TEXT,
    -- AES-GCM with a key derived from the request itself: a copy of the database alone does not reveal the answers
    -- (tokens among them) to anyone who cannot send the same request.
    response_body BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_idempotency_keys_caller_key UNIQUE (caller, idempotency_key)
);

CREATE INDEX idx_idempotency_keys_expires_at ON idempotency_keys (expires_at);
