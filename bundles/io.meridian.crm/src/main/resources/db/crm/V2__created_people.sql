-- The people each import created, by the line of the record that created them, so that its
-- report can link to them. Undo does not read this: it takes back the change set, whatever is
-- listed here. Written for both H2 2.x and PostgreSQL.

CREATE TABLE import_created (
    run_id BIGINT NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    line BIGINT NOT NULL,
    person_id UUID NOT NULL,
    PRIMARY KEY (run_id, person_id)
);
CREATE INDEX import_created_line ON import_created (run_id, line);
