-- The public catalogue's order (published trainings, soonest first): a page at any offset is read from this index
-- alone, and only its own rows are fetched from the table.
CREATE INDEX idx_trainings_status_start_date ON trainings (status, start_date ASC NULLS LAST, id);
