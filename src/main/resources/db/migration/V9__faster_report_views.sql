-- The two report views of the schema document, redefined to give the same columns (names, types, order) and the
-- same rows without its joins of enrolments x sessions x attendance and COUNT(DISTINCT ...) over the whole product.
-- Each count is a scalar subquery per row: PostgreSQL inlines the views, filters and orders on the plain columns
-- first, and evaluates the counts only for the rows a page returns (a LIMIT defers them past the sort). Counts over
-- a key (e.id, s.id, a.id) need no DISTINCT once each table is counted on its own. ReportViewsEquivalenceTest
-- compares them with the document's definitions.

CREATE OR REPLACE VIEW v_training_summary AS
SELECT
    t.id,
    t.title,
    t.category,
    t.status,
    t.start_date,
    t.end_date,
    t.max_participants,
    (SELECT count(*) FROM enrollments e WHERE e.training_id = t.id) AS total_enrollments,
    (SELECT count(*) FROM enrollments e WHERE e.training_id = t.id AND e.status = 'completed') AS completed_enrollments,
    (SELECT count(*) FROM sessions s WHERE s.training_id = t.id) AS total_sessions,
    (SELECT count(*) FROM sessions s WHERE s.training_id = t.id AND s.status = 'completed') AS completed_sessions,
    CONCAT(u.first_name, ' ', u.last_name) AS created_by_name
FROM trainings t
LEFT JOIN users u ON t.created_by = u.id;

CREATE OR REPLACE VIEW v_participant_progress AS
SELECT
    u.id AS user_id,
    CONCAT(u.first_name, ' ', u.last_name) AS participant_name,
    u.email,
    t.id AS training_id,
    t.title AS training_title,
    e.enrollment_date,
    e.status AS enrollment_status,
    e.progress,
    c.total_sessions,
    c.attended_sessions,
    CASE
        WHEN c.total_sessions > 0
        THEN ROUND((c.attended_sessions::numeric / c.total_sessions::numeric) * 100, 2)
        ELSE 0
    END AS attendance_rate
FROM users u
INNER JOIN enrollments e ON u.id = e.user_id
INNER JOIN trainings t ON e.training_id = t.id
CROSS JOIN LATERAL (
    SELECT
        (SELECT count(*) FROM sessions s WHERE s.training_id = t.id) AS total_sessions,
        (SELECT count(*)
         FROM sessions s
         JOIN attendance a ON a.session_id = s.id
         WHERE s.training_id = t.id AND a.user_id = u.id AND a.status = 'present') AS attended_sessions
) c
WHERE u.role = 'participant';
