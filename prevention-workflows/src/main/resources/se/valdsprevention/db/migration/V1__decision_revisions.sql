-- Every saved state of a municipal decision. Rows are only ever added: a change is a new revision.
CREATE TABLE prevention_decision_revision (
    id                  VARCHAR(36)  NOT NULL,
    decision_id         VARCHAR(64)  NOT NULL,
    revision            INTEGER      NOT NULL,
    municipality_code   VARCHAR(4)   NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    document            TEXT         NOT NULL,
    author              VARCHAR(200) NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    process_instance_id VARCHAR(64),
    CONSTRAINT pk_prevention_decision_revision PRIMARY KEY (id),
    CONSTRAINT uq_prevention_decision_revision UNIQUE (decision_id, revision)
);

CREATE INDEX ix_prevention_decision_municipality ON prevention_decision_revision (municipality_code, decision_id);
