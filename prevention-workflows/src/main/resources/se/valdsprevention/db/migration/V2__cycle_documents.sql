-- Every saved state of the situation picture and the action plan of an IAVP cycle. cycle_id is the
-- process instance id of the cycle. Rows are only ever added: a change is a new revision.
CREATE TABLE prevention_situation_picture_revision (
    id                VARCHAR(36)  NOT NULL,
    cycle_id          VARCHAR(64)  NOT NULL,
    municipality_code VARCHAR(4)   NOT NULL,
    revision          INTEGER      NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    document          TEXT         NOT NULL,
    author            VARCHAR(200) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prevention_situation_picture_revision PRIMARY KEY (id),
    CONSTRAINT uq_prevention_situation_picture_revision UNIQUE (cycle_id, revision)
);

-- The agreed picture of a municipality's last cycle is the baseline of its next one.
CREATE INDEX ix_prevention_situation_picture_municipality
    ON prevention_situation_picture_revision (municipality_code, status, recorded_at);

-- An action plan has no status of its own in prevention-core yet, so status stays empty until it has one.
CREATE TABLE prevention_action_plan_revision (
    id                VARCHAR(36)  NOT NULL,
    cycle_id          VARCHAR(64)  NOT NULL,
    municipality_code VARCHAR(4)   NOT NULL,
    revision          INTEGER      NOT NULL,
    status            VARCHAR(20),
    document          TEXT         NOT NULL,
    author            VARCHAR(200) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prevention_action_plan_revision PRIMARY KEY (id),
    CONSTRAINT uq_prevention_action_plan_revision UNIQUE (cycle_id, revision)
);

CREATE INDEX ix_prevention_action_plan_municipality
    ON prevention_action_plan_revision (municipality_code, recorded_at);
