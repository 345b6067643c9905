-- Which column of a statistics file (CSV saved from Excel) holds which field, saved per file layout: layout_key is
-- the SHA-256 (hex) of the file's header cells, trimmed, lowercased and joined. Columns are counted from 0; a null
-- column is not mapped. Rows are only ever added: the newest revision of a layout counts.
CREATE TABLE prevention_csv_mapping (
    layout_key       VARCHAR(64)   NOT NULL,
    revision         INTEGER       NOT NULL,
    header           TEXT          NOT NULL,
    indicator_column INTEGER,
    period_column    INTEGER,
    women_column     INTEGER,
    men_column       INTEGER,
    total_column     INTEGER,
    source_column    INTEGER,
    saved_by         VARCHAR(200)  NOT NULL,
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_prevention_csv_mapping PRIMARY KEY (layout_key, revision)
);
