-- Bulk writes (imports) are recorded in the audit history under a change set, so that the
-- whole set can be reverted; version_after says which version of the person the change left,
-- so that a revert can tell whether someone changed them since. The change_set row keeps the
-- writer's checkpoint, stored in the same transaction as each batch.
ALTER TABLE audit_event ADD COLUMN change_set VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN version_after BIGINT;
CREATE INDEX audit_change_set ON audit_event (change_set, changed_at);

CREATE TABLE change_set (
    name VARCHAR(100) PRIMARY KEY,
    checkpoint VARCHAR(2000),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reverted_at TIMESTAMP WITH TIME ZONE
);
