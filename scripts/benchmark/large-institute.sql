-- The "large institute" data set of scripts/benchmark.sh, in the shape of the workplace's perf-ratios tool.
-- At SCALE=1: 100 000 users (the first 200 trainers, the others participants), 2 000 trainings (a half of them
-- published, a quarter drafts, a quarter archived), 10 sessions each (20 000), 100 enrolments each (200 000) and one
-- attendance row per enrolment and session of its training (2 000 000). Smaller scales keep the per-training shape
-- (10 sessions, 100 enrolments, 1 000 attendance rows) and shrink the counts.
--
-- psql variables (set by the script): users, trainers, trainings. The schema must already exist (the platform ran
-- its Flyway migrations on the empty database first) and hold no institute data but the administrator that start
-- created; the loaded users are recognised by their addresses, @bench.test.
--
-- A superuser loads with session_replication_role = replica: foreign keys and triggers are skipped (the rows are
-- consistent by construction), which makes the 2M-row insert several times faster. Whatever triggers maintain
-- (summaries of the reports) is therefore out of date afterwards: the script refreshes it once the load is done.
-- Another account loads with its triggers on, slower but to the same result.

SELECT current_setting('is_superuser') = 'on' AS bench_superuser \gset
\if :bench_superuser
SET session_replication_role = replica;
\endif

INSERT INTO users (email, password_hash, first_name, last_name, role, status, email_verified)
SELECT 'user' || i || '@bench.test', 'x', 'First' || i, 'Last' || i % 5000,
       CASE WHEN i <= :trainers THEN 'trainer' ELSE 'participant' END, 'active', TRUE
FROM generate_series(1, :users) i;

INSERT INTO trainings (title, slug, description, category, status, level, max_participants, start_date, end_date,
                       created_by)
SELECT 'Training ' || i, 'training-' || i, repeat('Leadership and growth. ', 20),
       (ARRAY['Personal Development', 'Executive Development', 'Leadership Training', 'Youth Empowerment',
              'Entrepreneurship Coaching'])[1 + i % 5],
       (ARRAY['draft', 'published', 'published', 'archived'])[1 + i % 4], 'beginner', 120,
       DATE '2026-01-01' + i % 700, DATE '2026-01-01' + i % 700 + 60,
       (SELECT min(id) FROM users WHERE role = 'trainer' AND email LIKE '%@bench.test') + i % :trainers
FROM generate_series(1, :trainings) i;

-- Ten weekly sessions per training: six completed, one cancelled, three to come.
INSERT INTO sessions (training_id, title, session_date, status)
SELECT t.id, 'Session ' || k,
       TIMESTAMPTZ '2026-01-01 09:00+01' + (t.id % 700) * interval '1 day' + k * interval '1 week',
       CASE WHEN k <= 6 THEN 'completed' WHEN k = 10 THEN 'cancelled' ELSE 'scheduled' END
FROM trainings t CROSS JOIN generate_series(1, 10) k;

-- A hundred participants per training, taken in turn from the participants (so every (user, training) pair is
-- unique as long as there are at least 100 participants), with a mix of statuses and progress.
INSERT INTO enrollments (user_id, training_id, enrollment_date, status, progress)
SELECT p.first_participant + ((t.rn - 1) * 100 + k - 1) % p.participants, t.id,
       now() - ((t.rn * 100 + k) % 900) * interval '1 day',
       (ARRAY['active', 'active', 'completed', 'dropped', 'suspended'])[1 + (t.rn + k) % 5], (t.rn * k) % 101
FROM (SELECT id, row_number() OVER (ORDER BY id) rn FROM trainings) t
CROSS JOIN generate_series(1, 100) k
CROSS JOIN (SELECT min(id) AS first_participant, count(*) AS participants
            FROM users WHERE role = 'participant' AND email LIKE '%@bench.test') p;

INSERT INTO attendance (session_id, user_id, status)
SELECT s.id, e.user_id,
       (ARRAY['present', 'present', 'present', 'absent', 'late', 'excused', 'present'])[1 + (s.id + e.user_id) % 7]
FROM enrollments e JOIN sessions s ON s.training_id = e.training_id;

\if :bench_superuser
SET session_replication_role = DEFAULT;
\endif
