-- The import history and each import's report. Written for both H2 2.x and PostgreSQL. The
-- people an import created or updated are in the contacts audit history under its change set
-- ("import:<id>"), which is what undo reads; these tables say what happened to each record.

CREATE TABLE import_run (
    id BIGINT PRIMARY KEY,
    file_name VARCHAR(500) NOT NULL,
    stored_file VARCHAR(2000) NOT NULL,
    format VARCHAR(100),
    preset VARCHAR(100),
    options_json VARCHAR NOT NULL,
    mode VARCHAR(20) NOT NULL,
    dry_run BOOLEAN NOT NULL,
    state VARCHAR(20) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    bytes_read BIGINT NOT NULL,
    total_bytes BIGINT NOT NULL,
    records BIGINT NOT NULL,
    created BIGINT NOT NULL,
    updated BIGINT NOT NULL,
    unchanged BIGINT NOT NULL,
    skipped BIGINT NOT NULL,
    rejected BIGINT NOT NULL,
    possible_duplicates BIGINT NOT NULL,
    warnings BIGINT NOT NULL,
    message VARCHAR(4000)
);

-- seq orders the entries of a run as they were written, which is file order.
CREATE TABLE import_entry (
    run_id BIGINT NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    line BIGINT NOT NULL,
    column_name VARCHAR(500),
    kind VARCHAR(20) NOT NULL,
    message VARCHAR(4000) NOT NULL,
    person_id UUID,
    record_json VARCHAR,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX import_entry_kind ON import_entry (run_id, kind, seq);
