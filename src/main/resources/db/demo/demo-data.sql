-- Demo data of a new installation (see README, "Demo accounts"). Dates are relative to the day it is loaded, so the
-- catalogue always has past, current and coming trainings. Passwords: Result-Admin-2026, Result-Trainer-2026,
-- Result-Learner-2026 (BCrypt, cost 12).

INSERT INTO users (email, password_hash, first_name, last_name, role, phone, bio, email_verified) VALUES
('abba@resultinstitute.cm', '$2b$12$kRfmNCFWkT7wrBpwCicC7O04hE4Oz3piSXNd4BnGDPY2gXO9cs94S', 'Abba', 'Abdouraman', 'admin', '+237 670 00 00 01', 'Founder of Result Institute.', TRUE),
('trainer1@resultinstitute.cm', '$2b$12$s81G3e2aousbl1.tEMwPjehMSshDNn4M/ze4Ya4rZ3kJNJF/cmYnm', 'John', 'Doe', 'trainer', '+237 670 00 00 02', 'Leadership coach and facilitator.', TRUE),
('participant1@example.com', '$2b$12$JqewAxIU5V2uAtYsio0MXeYRZRacBQqGLJRDvgjGUbQu6yDNsb6Mi', 'Jane', 'Smith', 'participant', NULL, NULL, TRUE),
('paul.mbarga@example.com', '$2b$12$JqewAxIU5V2uAtYsio0MXeYRZRacBQqGLJRDvgjGUbQu6yDNsb6Mi', 'Paul', 'Mbarga', 'participant', NULL, NULL, TRUE),
('aicha.bello@example.com', '$2b$12$JqewAxIU5V2uAtYsio0MXeYRZRacBQqGLJRDvgjGUbQu6yDNsb6Mi', 'Aïcha', 'Bello', 'participant', NULL, NULL, TRUE);

INSERT INTO trainings (title, description, category, slug, status, level, duration_hours, max_participants, start_date, end_date, location, created_by) VALUES
('Personal Leadership Foundations',
 'Know your strengths, set goals that matter and build the habits that get you there.',
 'Personal Development', 'personal-leadership-foundations', 'published', 'beginner', 24, 25,
 CURRENT_DATE - 14, CURRENT_DATE + 30, 'Douala, Akwa', (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm')),
('Executive Decision-Making',
 'Frameworks and practice for leaders who decide under uncertainty, with case studies from Central Africa.',
 'Executive Development', 'executive-decision-making', 'published', 'advanced', 16, 12,
 CURRENT_DATE + 7, CURRENT_DATE + 35, 'Yaoundé, Bastos', (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm')),
('Leading Teams with Purpose',
 'Give a team a clear direction, run meetings that decide, and grow the people you lead.',
 'Leadership Training', 'leading-teams-with-purpose', 'published', 'intermediate', 20, 20,
 CURRENT_DATE - 60, CURRENT_DATE - 10, 'Douala, Bonapriso', (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm')),
('Youth Empowerment Camp',
 'Five days for 18 to 25 year-olds: confidence, public speaking, digital skills and a first project.',
 'Youth Empowerment', 'youth-empowerment-camp', 'published', 'beginner', 30, 40,
 CURRENT_DATE + 21, CURRENT_DATE + 26, 'Buea', (SELECT id FROM users WHERE email = 'abba@resultinstitute.cm')),
('Entrepreneurship Coaching: From Idea to First Client',
 'Test an idea, price it and win a first paying client, with a coach at every step.',
 'Entrepreneurship Coaching', 'entrepreneurship-coaching-from-idea-to-first-client', 'published', 'intermediate', 18, 15,
 CURRENT_DATE + 3, CURRENT_DATE + 45, 'Douala, Bonanjo', (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm')),
('Développement personnel : prise de parole en public',
 'Parler en public avec assurance : structure, voix, gestion du trac.',
 'Personal Development', 'developpement-personnel-prise-de-parole-en-public', 'draft', 'beginner', 12, 20,
 CURRENT_DATE + 60, CURRENT_DATE + 74, 'Yaoundé', (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm'));

-- The trainings in French too; the French draft is not yet translated into English.
INSERT INTO training_languages (training_id, original)
SELECT id, 'fr' FROM trainings WHERE slug = 'developpement-personnel-prise-de-parole-en-public';

INSERT INTO training_translations (training_id, language, title, description)
SELECT t.id, 'fr', x.title, x.description
FROM (VALUES
    ('personal-leadership-foundations', 'Les fondements du leadership personnel',
     'Connaître ses forces, se fixer des objectifs qui comptent et prendre les habitudes qui y mènent.'),
    ('executive-decision-making', 'La prise de décision des dirigeants',
     'Des méthodes et de la pratique pour les dirigeants qui décident dans l''incertitude, avec des études de cas d''Afrique centrale.'),
    ('leading-teams-with-purpose', 'Diriger une équipe avec un cap',
     'Donner une direction claire à une équipe, tenir des réunions qui décident et faire grandir ses collaborateurs.'),
    ('youth-empowerment-camp', 'Camp d''autonomisation des jeunes',
     'Cinq jours pour les 18-25 ans : confiance en soi, prise de parole, compétences numériques et un premier projet.'),
    ('entrepreneurship-coaching-from-idea-to-first-client', 'Accompagnement entrepreneurial : de l''idée au premier client',
     'Tester une idée, fixer son prix et gagner un premier client payant, avec un coach à chaque étape.')
) AS x(slug, title, description)
JOIN trainings t ON t.slug = x.slug;

-- Sessions start at 09:00 in Douala (08:00 UTC).
INSERT INTO sessions (training_id, title, session_date, location, duration_minutes, status)
SELECT t.id, s.title, ((CURRENT_DATE + s.day_offset) + TIME '08:00') AT TIME ZONE 'UTC', t.location, s.minutes, s.status
FROM (VALUES
    ('personal-leadership-foundations', 'Knowing your strengths', -10, 180, 'completed'),
    ('personal-leadership-foundations', 'Goals that matter', -3, 180, 'completed'),
    ('personal-leadership-foundations', 'Habits and accountability', 4, 180, 'scheduled'),
    ('personal-leadership-foundations', 'Your personal leadership plan', 11, 180, 'scheduled'),
    ('leading-teams-with-purpose', 'Direction and purpose', -55, 240, 'completed'),
    ('leading-teams-with-purpose', 'Meetings that decide', -35, 240, 'completed'),
    ('leading-teams-with-purpose', 'Growing your people', -15, 240, 'completed'),
    ('executive-decision-making', 'Deciding under uncertainty', 8, 240, 'scheduled'),
    ('executive-decision-making', 'Case studies and practice', 15, 240, 'scheduled'),
    ('youth-empowerment-camp', 'Confidence and public speaking', 21, 360, 'scheduled'),
    ('youth-empowerment-camp', 'Digital skills and a first project', 22, 360, 'scheduled'),
    ('entrepreneurship-coaching-from-idea-to-first-client', 'Testing an idea', 4, 180, 'scheduled'),
    ('entrepreneurship-coaching-from-idea-to-first-client', 'Pricing and the first client', 18, 180, 'scheduled')
) AS s(training_slug, title, day_offset, minutes, status)
JOIN trainings t ON t.slug = s.training_slug;

INSERT INTO session_translations (session_id, language, title)
SELECT s.id, 'fr', x.title
FROM (VALUES
    ('Knowing your strengths', 'Connaître ses forces'),
    ('Goals that matter', 'Des objectifs qui comptent'),
    ('Habits and accountability', 'Habitudes et responsabilité'),
    ('Your personal leadership plan', 'Votre plan de leadership personnel'),
    ('Direction and purpose', 'Direction et raison d''être'),
    ('Meetings that decide', 'Des réunions qui décident'),
    ('Growing your people', 'Faire grandir ses collaborateurs'),
    ('Deciding under uncertainty', 'Décider dans l''incertitude'),
    ('Case studies and practice', 'Études de cas et pratique'),
    ('Confidence and public speaking', 'Confiance en soi et prise de parole'),
    ('Digital skills and a first project', 'Compétences numériques et premier projet'),
    ('Testing an idea', 'Tester une idée'),
    ('Pricing and the first client', 'Le prix et le premier client')
) AS x(title_en, title)
JOIN sessions s ON s.title = x.title_en;

INSERT INTO enrollments (user_id, training_id, enrollment_date, status, progress, completion_date)
SELECT u.id, t.id, CURRENT_TIMESTAMP - make_interval(days => e.days_ago), e.status, e.progress,
       CASE WHEN e.status = 'completed' THEN CURRENT_DATE - 10 END
FROM (VALUES
    ('participant1@example.com', 'personal-leadership-foundations', 20, 'active', 40),
    ('participant1@example.com', 'leading-teams-with-purpose', 70, 'completed', 100),
    ('participant1@example.com', 'entrepreneurship-coaching-from-idea-to-first-client', 2, 'active', 0),
    ('paul.mbarga@example.com', 'personal-leadership-foundations', 18, 'active', 35),
    ('paul.mbarga@example.com', 'executive-decision-making', 5, 'active', 0),
    ('aicha.bello@example.com', 'personal-leadership-foundations', 16, 'active', 20),
    ('aicha.bello@example.com', 'leading-teams-with-purpose', 65, 'completed', 100)
) AS e(email, training_slug, days_ago, status, progress)
JOIN users u ON u.email = e.email
JOIN trainings t ON t.slug = e.training_slug;

INSERT INTO attendance (session_id, user_id, status, checked_in_at, marked_by)
SELECT s.id, u.id, a.status,
       CASE WHEN a.status IN ('present', 'late') THEN s.session_date + make_interval(mins => a.minutes_late) END,
       (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm')
FROM (VALUES
    ('Knowing your strengths', 'participant1@example.com', 'present', 0),
    ('Knowing your strengths', 'paul.mbarga@example.com', 'present', 2),
    ('Knowing your strengths', 'aicha.bello@example.com', 'absent', 0),
    ('Goals that matter', 'participant1@example.com', 'present', 0),
    ('Goals that matter', 'paul.mbarga@example.com', 'late', 25),
    ('Goals that matter', 'aicha.bello@example.com', 'excused', 0),
    ('Direction and purpose', 'participant1@example.com', 'present', 0),
    ('Direction and purpose', 'aicha.bello@example.com', 'present', 5),
    ('Meetings that decide', 'participant1@example.com', 'present', 0),
    ('Meetings that decide', 'aicha.bello@example.com', 'present', 0),
    ('Growing your people', 'participant1@example.com', 'present', 0),
    ('Growing your people', 'aicha.bello@example.com', 'absent', 0)
) AS a(session_title, email, status, minutes_late)
JOIN sessions s ON s.title = a.session_title
JOIN users u ON u.email = a.email;

INSERT INTO blog_posts (title, slug, content, excerpt, author_id, category, tags, youtube_video_id, youtube_video_url, status, views, published_at) VALUES
('What great leaders do differently',
 'what-great-leaders-do-differently',
 E'Great leaders start with **why**. Before the plan and the budget, they tell people what the work is for.\n\n'
 || E'In this talk, Simon Sinek explains the golden circle. Three questions to take to your next team meeting:\n\n'
 || E'1. Why does our team exist?\n2. How do we work when nobody is watching?\n3. What do we deliver?\n',
 'Great leaders start with why. Before the plan and the budget, they tell people what the work is for.',
 (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm'), 'Leadership', ARRAY['leadership', 'inspiration'],
 'qp0HIF3SfI4', 'https://www.youtube.com/watch?v=qp0HIF3SfI4', 'published', 128, CURRENT_TIMESTAMP - INTERVAL '20 days'),
('Courage and vulnerability at work',
 'courage-and-vulnerability-at-work',
 E'Vulnerability is not weakness: it is the birthplace of trust in a team.\n\n'
 || E'Brené Brown''s research shows why the leaders people follow are the ones who dare to say *I don''t know yet*.\n',
 'Vulnerability is not weakness: it is the birthplace of trust in a team.',
 (SELECT id FROM users WHERE email = 'abba@resultinstitute.cm'), 'Personal Development', ARRAY['personal-development', 'teams'],
 'iCvmsMzlF7o', 'https://youtu.be/iCvmsMzlF7o', 'published', 86, CURRENT_TIMESTAMP - INTERVAL '9 days'),
('Start with why: a note for young entrepreneurs',
 'start-with-why-a-note-for-young-entrepreneurs',
 E'Your first clients buy your reason before they buy your product.\n\n'
 || E'Write your *why* in one sentence, test it on ten people this week, and keep the words that made them lean in.\n',
 'Your first clients buy your reason before they buy your product.',
 (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm'), 'Entrepreneurship', ARRAY['entrepreneurship', 'youth'],
 'u4ZoJKF_VuA', 'https://www.youtube.com/watch?v=u4ZoJKF_VuA', 'published', 41, CURRENT_TIMESTAMP - INTERVAL '2 days'),
('Five questions before your first board meeting',
 'five-questions-before-your-first-board-meeting',
 E'A draft: the questions every new executive should ask before facing the board.\n',
 NULL,
 (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm'), 'Executive Development', ARRAY['executive'],
 NULL, NULL, 'draft', 0, NULL);

-- The published posts in French too.
INSERT INTO blog_post_translations (post_id, language, title, excerpt, content)
SELECT p.id, 'fr', x.title, x.excerpt, x.content
FROM (VALUES
    ('what-great-leaders-do-differently', 'Ce que les grands leaders font autrement',
     'Les grands leaders commencent par le pourquoi. Avant le plan et le budget, ils disent à quoi sert le travail.',
     E'Les grands leaders commencent par le **pourquoi**. Avant le plan et le budget, ils disent à chacun à quoi sert le travail.\n\n'
     || E'Dans cette conférence, Simon Sinek explique le cercle d''or. Trois questions pour votre prochaine réunion d''équipe :\n\n'
     || E'1. Pourquoi notre équipe existe-t-elle ?\n2. Comment travaillons-nous quand personne ne regarde ?\n3. Que livrons-nous ?\n'),
    ('courage-and-vulnerability-at-work', 'Courage et vulnérabilité au travail',
     'La vulnérabilité n''est pas une faiblesse : c''est là que naît la confiance dans une équipe.',
     E'La vulnérabilité n''est pas une faiblesse : c''est là que naît la confiance dans une équipe.\n\n'
     || E'Les recherches de Brené Brown montrent pourquoi on suit les leaders qui osent dire *je ne sais pas encore*.\n'),
    ('start-with-why-a-note-for-young-entrepreneurs', 'Commencer par le pourquoi : un mot aux jeunes entrepreneurs',
     'Vos premiers clients achètent votre raison d''être avant votre produit.',
     E'Vos premiers clients achètent votre raison d''être avant votre produit.\n\n'
     || E'Écrivez votre *pourquoi* en une phrase, testez-le sur dix personnes cette semaine et gardez les mots qui les ont fait réagir.\n')
) AS x(slug, title, excerpt, content)
JOIN blog_posts p ON p.slug = x.slug;

INSERT INTO projects (title, description, status, priority, start_date, end_date, budget, location, created_by) VALUES
('Youth Leadership Bootcamp 2027',
 'A one-week bootcamp for 60 young leaders from the Littoral and South-West regions.',
 'active', 'high', CURRENT_DATE - 30, CURRENT_DATE + 90, 2500000.00, 'Douala',
 (SELECT id FROM users WHERE email = 'trainer1@resultinstitute.cm'));

INSERT INTO tasks (project_id, title, description, assigned_to, status, priority, due_date, completed_at, order_index, created_by)
SELECT p.id, t.title, t.description, u.id, t.status, t.priority, CURRENT_DATE + t.due_in_days,
       CASE WHEN t.status = 'done' THEN CURRENT_TIMESTAMP - INTERVAL '5 days' END, t.order_index, p.created_by
FROM (VALUES
    ('Book the venue', 'Confirm the hall in Bonapriso and the catering for 60.', 'trainer1@resultinstitute.cm', 'done', 'high', -5, 0),
    ('Publish the call for applications', 'Post on the blog and share with partner schools.', 'abba@resultinstitute.cm', 'in_progress', 'urgent', 10, 0),
    ('Select the participants', NULL, 'trainer1@resultinstitute.cm', 'todo', 'high', 40, 0),
    ('Prepare the workbook', 'Exercises for the five days, in English and French.', 'participant1@example.com', 'todo', 'medium', 50, 1),
    ('Review the budget with sponsors', NULL, 'abba@resultinstitute.cm', 'review', 'medium', 15, 0)
) AS t(title, description, assignee, status, priority, due_in_days, order_index)
JOIN projects p ON p.title = 'Youth Leadership Bootcamp 2027'
LEFT JOIN users u ON u.email = t.assignee;
