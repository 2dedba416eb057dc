-- Trainings, enrolments, attendance and certificates: tables and indexes the schema document leaves to the platform.
-- Only additions.

-- Fuzzy search of the catalogue ("leadrship" finds "Leadership") on title and description.
CREATE INDEX idx_trainings_search_trgm ON trainings
    USING gin (lower(title || ' ' || coalesce(description, '')) gin_trgm_ops);
CREATE INDEX idx_trainings_level ON trainings(level);
CREATE INDEX idx_trainings_start_date ON trainings(start_date);
CREATE INDEX idx_trainings_end_date ON trainings(end_date);
CREATE INDEX idx_sessions_training_id_session_date ON sessions(training_id, session_date);

-- A full training's queue: the first in line gets the next free seat.
CREATE TABLE waiting_list (
    id SERIAL PRIMARY KEY,
    training_id INTEGER NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (training_id, user_id)
);
CREATE INDEX idx_waiting_list_training_id_id ON waiting_list(training_id, id);
CREATE INDEX idx_waiting_list_user_id ON waiting_list(user_id);

-- Issued certificates: the public verification code is random, never the enrolment id.
CREATE TABLE certificates (
    id SERIAL PRIMARY KEY,
    enrollment_id INTEGER NOT NULL UNIQUE REFERENCES enrollments(id) ON DELETE CASCADE,
    code VARCHAR(40) NOT NULL UNIQUE,
    attendance_rate NUMERIC(5, 2) NOT NULL,
    threshold_overridden BOOLEAN NOT NULL DEFAULT FALSE,
    issued_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The secret each session's rotating check-in codes derive from, shared by every instance.
CREATE TABLE session_check_in_secrets (
    session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    secret VARCHAR(64) NOT NULL
);

-- Reminders already mailed, so that each participant gets one per session whatever the number of instances.
CREATE TABLE session_reminders (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (session_id, user_id)
);

-- ShedLock: scheduled jobs that must run on one instance at a time.
CREATE TABLE shedlock (
    name VARCHAR(64) PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by VARCHAR(255) NOT NULL
);
