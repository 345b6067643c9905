-- Every saved state of a municipal team member. A change (joining, a new role, leaving) adds a row.
CREATE TABLE prevention_team_member_revision (
    id                  VARCHAR(36)  NOT NULL,
    municipality_code   VARCHAR(4)   NOT NULL,
    member_id           VARCHAR(64)  NOT NULL,
    revision            INTEGER      NOT NULL,
    document            TEXT         NOT NULL,
    author              VARCHAR(200) NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prevention_team_member_revision PRIMARY KEY (id),
    CONSTRAINT uq_prevention_team_member_revision UNIQUE (municipality_code, member_id, revision)
);
