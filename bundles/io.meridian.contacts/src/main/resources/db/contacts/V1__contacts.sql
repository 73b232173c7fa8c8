-- The contacts schema. Written for both H2 2.x and PostgreSQL: UUID keys made by the
-- application, TIMESTAMP WITH TIME ZONE for instants, VARCHAR without a limit for long text.

CREATE TABLE organisation (
    id UUID PRIMARY KEY,
    version BIGINT NOT NULL,
    name VARCHAR(300) NOT NULL,
    name_key VARCHAR(300) NOT NULL,
    country VARCHAR(2),
    website VARCHAR(500),
    notes VARCHAR,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX organisation_name_key ON organisation (name_key);

CREATE TABLE person (
    id UUID PRIMARY KEY,
    version BIGINT NOT NULL,
    given_name VARCHAR(200),
    family_name VARCHAR(200),
    name_order VARCHAR(12),
    display_name VARCHAR(420) NOT NULL,
    display_key VARCHAR(420) NOT NULL,
    search_key VARCHAR NOT NULL,
    organisation_id UUID REFERENCES organisation (id),
    title VARCHAR(200),
    country VARCHAR(2),
    subdivision VARCHAR(6),
    time_zone VARCHAR(64),
    working_start TIME,
    working_end TIME,
    birthday_year INTEGER,
    birthday_month INTEGER,
    birthday_day INTEGER,
    owner VARCHAR(200),
    notes VARCHAR,
    cadence_days INTEGER,
    in_person_cadence_days INTEGER,
    effective_cadence_days INTEGER NOT NULL,
    effective_in_person_days INTEGER NOT NULL,
    last_contact_at TIMESTAMP WITH TIME ZONE,
    last_in_person_at TIMESTAMP WITH TIME ZONE,
    contact_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    in_person_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    next_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    health_score INTEGER,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Each list order (name, health, last contact, due) alone and after each equality filter
-- (country, owner; organisation by name), ending in the list's tie-breakers, so that a page
-- reads its rows in order and stops (the list leads its ORDER BY with the filtered column).
-- Nulls come first in ascending order, as the lists sort them and as H2 does anyway; PostgreSQL
-- would otherwise put them last and could not use the index for the order.
CREATE INDEX person_display_key ON person (display_key, id);
CREATE INDEX person_health ON person (health_score NULLS FIRST, display_key, id);
CREATE INDEX person_last_contact ON person (last_contact_at NULLS FIRST, display_key, id);
CREATE INDEX person_next_due ON person (next_due_at, display_key, id);
CREATE INDEX person_country ON person (country, display_key, id);
CREATE INDEX person_country_health ON person (country, health_score NULLS FIRST, display_key, id);
CREATE INDEX person_country_last_contact ON person (country, last_contact_at NULLS FIRST, display_key, id);
CREATE INDEX person_country_due ON person (country, next_due_at, display_key, id);
CREATE INDEX person_owner ON person (owner, display_key, id);
CREATE INDEX person_owner_health ON person (owner, health_score NULLS FIRST, display_key, id);
CREATE INDEX person_owner_last_contact ON person (owner, last_contact_at NULLS FIRST, display_key, id);
CREATE INDEX person_owner_due ON person (owner, next_due_at, display_key, id);
CREATE INDEX person_organisation ON person (organisation_id, display_key, id);

-- Multi-valued fields of a person: kind is email, phone, language, channel, tag, custom or external.
-- For custom fields and external ids, label holds the field name or the source system.
CREATE TABLE person_attribute (
    person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind VARCHAR(10) NOT NULL,
    seq INTEGER NOT NULL,
    label VARCHAR(200),
    item VARCHAR(2000) NOT NULL,
    item_key VARCHAR(2000) NOT NULL,
    PRIMARY KEY (person_id, kind, seq)
);
CREATE INDEX person_attribute_lookup ON person_attribute (kind, item_key, person_id);

CREATE TABLE interaction (
    id UUID PRIMARY KEY,
    person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    channel VARCHAR(12) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    direction VARCHAR(8) NOT NULL,
    summary VARCHAR,
    origin VARCHAR(8) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX interaction_person ON interaction (person_id, occurred_at);

CREATE TABLE commitment (
    id UUID PRIMARY KEY,
    person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    what VARCHAR(2000) NOT NULL,
    owed_by VARCHAR(4) NOT NULL,
    due_on DATE NOT NULL,
    state VARCHAR(10) NOT NULL,
    done_on DATE,
    delay_communicated_on DATE,
    revised_due_on DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX commitment_person ON commitment (person_id, due_on);

CREATE TABLE trust_assessment (
    id UUID PRIMARY KEY,
    person_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    openness INTEGER NOT NULL,
    competence INTEGER NOT NULL,
    respect INTEGER NOT NULL,
    rapport INTEGER NOT NULL,
    note VARCHAR,
    assessed_on DATE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX trust_person ON trust_assessment (person_id, assessed_on);

CREATE TABLE introduction (
    id UUID PRIMARY KEY,
    introducer_id UUID REFERENCES person (id) ON DELETE SET NULL,
    introduced_id UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    to_id UUID REFERENCES person (id) ON DELETE CASCADE,
    introduced_on DATE NOT NULL,
    note VARCHAR,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX introduction_introducer ON introduction (introducer_id);
CREATE INDEX introduction_introduced ON introduction (introduced_id);
CREATE INDEX introduction_to ON introduction (to_id);

CREATE TABLE cadence_rule (
    tag VARCHAR(100) PRIMARY KEY,
    days INTEGER NOT NULL,
    in_person_days INTEGER NOT NULL
);
INSERT INTO cadence_rule (tag, days, in_person_days) VALUES ('*', 30, 365);

CREATE TABLE audit_event (
    id UUID PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entity VARCHAR(16) NOT NULL,
    entity_id UUID,
    person_id UUID,
    action VARCHAR(10) NOT NULL,
    before_json VARCHAR,
    after_json VARCHAR,
    origin VARCHAR(8) NOT NULL
);
CREATE INDEX audit_person ON audit_event (person_id, changed_at);

CREATE TABLE tombstone (
    person_id UUID PRIMARY KEY,
    erased_at TIMESTAMP WITH TIME ZONE NOT NULL,
    origin VARCHAR(8) NOT NULL
);
