-- A statistics file a user uploaded for a municipality's situation picture, kept while they map its columns and
-- check the preview (every step reads it again from here, so any node of a cluster can serve the next step).
-- Nothing of it is part of the picture until the user confirms; then, or after a day, the row is deleted.
CREATE TABLE prevention_statistics_upload (
    id                VARCHAR(36)  NOT NULL,
    municipality_code VARCHAR(4)   NOT NULL,
    uploaded_by       VARCHAR(200) NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    content           BYTEA        NOT NULL,
    CONSTRAINT pk_prevention_statistics_upload PRIMARY KEY (id)
);

CREATE INDEX ix_prevention_statistics_upload_time ON prevention_statistics_upload (uploaded_at);
