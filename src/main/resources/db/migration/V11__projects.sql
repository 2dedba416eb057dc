-- Projects and tasks: indexes for the board, the filters and "my tasks". Only additions.

-- A board reads and renumbers one project's columns in order.
CREATE INDEX idx_tasks_project_status_order ON tasks (project_id, status, order_index);
-- "My tasks", and the projects a participant may see (those where a task is assigned to them).
CREATE INDEX idx_tasks_assigned_to_project ON tasks (assigned_to, project_id);
CREATE INDEX idx_tasks_assigned_to_due_date ON tasks (assigned_to, due_date);
-- "q" matches project titles and descriptions by trigrams.
CREATE INDEX idx_projects_title_trgm ON projects USING gin (title gin_trgm_ops);
CREATE INDEX idx_projects_description_trgm ON projects USING gin (description gin_trgm_ops);
-- The default order of the project list.
CREATE INDEX idx_projects_created_at ON projects (created_at DESC, id DESC);
