-- Every saved state of a check-in (månadsavstämning). Rows are only ever added: a change, such as an
-- action marked done, is a new revision of the whole meeting.
CREATE TABLE prevention_meeting_revision (
    id                  VARCHAR(36)  NOT NULL,
    meeting_id          VARCHAR(64)  NOT NULL,
    revision            INTEGER      NOT NULL,
    municipality_code   VARCHAR(4)   NOT NULL,
    meeting_date        DATE         NOT NULL,
    document            TEXT         NOT NULL,
    author              VARCHAR(200) NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    process_instance_id VARCHAR(64),
    CONSTRAINT pk_prevention_meeting_revision PRIMARY KEY (id),
    CONSTRAINT uq_prevention_meeting_revision UNIQUE (meeting_id, revision)
);

CREATE INDEX ix_prevention_meeting_municipality ON prevention_meeting_revision (municipality_code, meeting_id);
