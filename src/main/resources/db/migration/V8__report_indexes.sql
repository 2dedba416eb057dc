-- Indexes the report views and their pages need on a large institute. Only additions.

-- Per-training counts of the report views, answered from the index alone.
CREATE INDEX idx_enrollments_training_id_status ON enrollments (training_id, status);
CREATE INDEX idx_sessions_training_id_status ON sessions (training_id, status);

-- The sessions a participant attended ("present" only, as the views count them).
CREATE INDEX idx_attendance_present_user_session ON attendance (user_id, session_id) WHERE status = 'present';

-- The progress report's default order (newest enrolments first, then its tiebreaker), read straight from the
-- index so that a first page stops after its rows; also the range of the dashboard's enrolments per month.
CREATE INDEX idx_enrollments_enrollment_date_desc ON enrollments (enrollment_date DESC NULLS LAST, user_id, training_id);
