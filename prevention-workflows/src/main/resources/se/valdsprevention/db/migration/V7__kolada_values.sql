-- The county's template indicators as fetched from Kolada, one row per key figure, municipality, year and gender
-- (T, K or M); YEAR and VALUE are keywords in H2, hence period_year and kpi_value. A null kpi_value is missing:
-- Kolada marked it "Missing", sent no number, or sent no row for what was asked. A combination without a row has
-- never been fetched. A fetch replaces a batch's rows in one transaction.
CREATE TABLE prevention_kolada_value (
    kpi               VARCHAR(6)     NOT NULL,
    municipality_code VARCHAR(4)     NOT NULL,
    period_year       INTEGER        NOT NULL,
    gender            VARCHAR(1)     NOT NULL,
    kpi_value         NUMERIC(20, 6),
    retrieved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prevention_kolada_value PRIMARY KEY (kpi, municipality_code, period_year, gender)
);

-- The county-wide fetches: who started them, how far they came and how they ended. The column active is TRUE
-- while a fetch runs and NULL afterwards; its unique constraint lets only one fetch run at a time, also across
-- the nodes of a cluster (NULLs do not collide, in PostgreSQL as in H2). updated_at moves with every batch, so a
-- fetch whose node stopped can be recognised and ended.
CREATE TABLE prevention_kolada_fetch_run (
    id            VARCHAR(36)   NOT NULL,
    started_by    VARCHAR(200)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    status        VARCHAR(20)   NOT NULL,
    done_steps    INTEGER       NOT NULL,
    total_steps   INTEGER       NOT NULL,
    first_year    INTEGER       NOT NULL,
    last_year     INTEGER       NOT NULL,
    error_message VARCHAR(1000),
    active        BOOLEAN,
    CONSTRAINT pk_prevention_kolada_fetch_run PRIMARY KEY (id),
    CONSTRAINT uq_prevention_kolada_fetch_run_active UNIQUE (active),
    CONSTRAINT ck_prevention_kolada_fetch_run_active CHECK (active IS NULL OR active = TRUE)
);

CREATE INDEX ix_prevention_kolada_fetch_run_started ON prevention_kolada_fetch_run (started_at);
