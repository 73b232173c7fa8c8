-- The days a person works when they differ from their country's week (Sun-Thu), as written by
-- WorkingHours: a range or a comma-separated list of three-letter day names; null for their
-- country's week.
ALTER TABLE person ADD COLUMN work_days VARCHAR(32);
