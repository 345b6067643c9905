-- One row per municipality of the county: a revision raised by every transaction that changes the
-- municipality's work (MunicipalityChanges), so what is computed from its history can be kept until it changes.
CREATE TABLE prevention_municipality_change (
    municipality_code VARCHAR(4) NOT NULL,
    revision          BIGINT     NOT NULL,
    CONSTRAINT pk_prevention_municipality_change PRIMARY KEY (municipality_code)
);
