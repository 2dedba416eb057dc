-- The training report stored as V16 stores the others: v_training_summary's columns and rows, counted with two
-- aggregates instead of four subqueries per training. Read while no change is noted (ReportSummaries), refreshed
-- with the others (V22's refresh_report_summaries); a page of it sorted by a count, or the last page, no longer
-- computes the counts of every training first.
CREATE MATERIALIZED VIEW report_training_summary AS
SELECT
    t.id,
    t.title,
    t.category,
    t.status,
    t.start_date,
    t.end_date,
    t.max_participants,
    COALESCE(e.total_enrollments, 0) AS total_enrollments,
    COALESCE(e.completed_enrollments, 0) AS completed_enrollments,
    COALESCE(s.total_sessions, 0) AS total_sessions,
    COALESCE(s.completed_sessions, 0) AS completed_sessions,
    CONCAT(u.first_name, ' ', u.last_name) AS created_by_name
FROM trainings t
LEFT JOIN users u ON t.created_by = u.id
LEFT JOIN (SELECT training_id,
                  count(*) AS total_enrollments,
                  count(*) FILTER (WHERE status = 'completed') AS completed_enrollments
           FROM enrollments
           GROUP BY training_id) e ON e.training_id = t.id
LEFT JOIN (SELECT training_id,
                  count(*) AS total_sessions,
                  count(*) FILTER (WHERE status = 'completed') AS completed_sessions
           FROM sessions
           GROUP BY training_id) s ON s.training_id = t.id;

CREATE UNIQUE INDEX uq_report_training_summary ON report_training_summary (id);
-- The report's two filters, in its default order.
CREATE INDEX idx_report_training_summary_status ON report_training_summary (status, id);
CREATE INDEX idx_report_training_summary_category ON report_training_summary (category, id);

-- V16 notes a change of a training's title or status; this report also shows these columns.
CREATE TRIGGER report_change_trainings_summary_update
    AFTER UPDATE ON trainings
    FOR EACH ROW
    WHEN (OLD.category IS DISTINCT FROM NEW.category OR OLD.start_date IS DISTINCT FROM NEW.start_date
          OR OLD.end_date IS DISTINCT FROM NEW.end_date OR OLD.max_participants IS DISTINCT FROM NEW.max_participants
          OR OLD.created_by IS DISTINCT FROM NEW.created_by)
    EXECUTE FUNCTION note_report_change();
