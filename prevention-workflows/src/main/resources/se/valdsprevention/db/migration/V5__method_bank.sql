-- Every saved state of a method in the county's method bank. Rows are only ever added: a change, such as an
-- attachment added, is a new revision of the whole method.
CREATE TABLE prevention_method_revision (
    id          VARCHAR(36)  NOT NULL,
    method_id   VARCHAR(64)  NOT NULL,
    revision    INTEGER      NOT NULL,
    document    TEXT         NOT NULL,
    author      VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prevention_method_revision PRIMARY KEY (id),
    CONSTRAINT uq_prevention_method_revision UNIQUE (method_id, revision)
);

-- The files attached to methods, in the database so that every node of a cluster serves them. BYTEA is
-- PostgreSQL's binary type; H2 reads it as BINARY VARYING.
CREATE TABLE prevention_method_attachment (
    id           VARCHAR(36)  NOT NULL,
    method_id    VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    author       VARCHAR(200) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prevention_method_attachment PRIMARY KEY (id)
);

CREATE INDEX ix_prevention_method_attachment_method ON prevention_method_attachment (method_id);
