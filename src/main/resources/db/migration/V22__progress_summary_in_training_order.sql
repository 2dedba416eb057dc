-- V16's stored progress, kept in training order: a refresh writes the rows of each training together (PostgreSQL
-- keeps a materialised view's ORDER BY), so the rows of one training, or of a trainer's trainings, are read from a
-- few pages instead of one page per row. Same columns and rows; the indexes as V16 made them.
DROP MATERIALIZED VIEW report_participant_progress;

CREATE MATERIALIZED VIEW report_participant_progress AS
SELECT
    u.id AS user_id,
    CONCAT(u.first_name, ' ', u.last_name) AS participant_name,
    u.email,
    t.id AS training_id,
    t.title AS training_title,
    e.enrollment_date,
    e.status AS enrollment_status,
    e.progress,
    COALESCE(s.total_sessions, 0) AS total_sessions,
    COALESCE(a.attended_sessions, 0) AS attended_sessions,
    CASE
        WHEN COALESCE(s.total_sessions, 0) > 0
        THEN ROUND((COALESCE(a.attended_sessions, 0)::numeric / s.total_sessions::numeric) * 100, 2)
        ELSE 0
    END AS attendance_rate
FROM users u
INNER JOIN enrollments e ON u.id = e.user_id
INNER JOIN trainings t ON e.training_id = t.id
LEFT JOIN (SELECT training_id, count(*) AS total_sessions FROM sessions GROUP BY training_id) s
    ON s.training_id = t.id
LEFT JOIN (SELECT s.training_id, a.user_id, count(*) AS attended_sessions
           FROM attendance a
           JOIN sessions s ON s.id = a.session_id
           WHERE a.status = 'present'
           GROUP BY s.training_id, a.user_id) a
    ON a.training_id = t.id AND a.user_id = u.id
WHERE u.role = 'participant'
ORDER BY t.id, u.id;

CREATE UNIQUE INDEX uq_report_participant_progress ON report_participant_progress (user_id, training_id);
CREATE INDEX idx_report_participant_progress_training ON report_participant_progress (training_id, user_id);
-- The report's default order: the latest enrolment first.
CREATE INDEX idx_report_participant_progress_latest
    ON report_participant_progress (enrollment_date DESC NULLS LAST, user_id, training_id);

ANALYZE report_participant_progress;

-- V16's refresh, with V21's training summary, and each summary's statistics taken again: the planner then knows the
-- stored rows' number and order (what makes a trainer's rows a few pages), instead of what it saw before.
CREATE OR REPLACE FUNCTION refresh_report_summaries() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM report_changes;
    REFRESH MATERIALIZED VIEW report_participant_progress;
    REFRESH MATERIALIZED VIEW report_totals;
    REFRESH MATERIALIZED VIEW report_training_attendance;
    REFRESH MATERIALIZED VIEW report_enrollments_per_hour;
    REFRESH MATERIALIZED VIEW report_training_summary;
    ANALYZE report_participant_progress, report_training_attendance, report_enrollments_per_hour,
        report_training_summary;
END;
$$;
