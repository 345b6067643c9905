-- The outbox of notifications (utkorg): one row per notification to one user, written in the same transaction as
-- the event that caused it (a task created, a decision made, a member joining or leaving). OutboxSender delivers
-- the rows after commit: a row is claimed by one sender at a time (claimed_by, claimed_until), marked SENT with
-- the mail it went out in (mail_id; a daily digest carries many rows), retried with backoff (attempts,
-- next_attempt_at) or marked FAILED with the reason. Only what the mail may say is kept: the kind, the task's or
-- event's title without any text from forms, the municipality, the due date and the link.
CREATE TABLE prevention_outbox (
    id                VARCHAR(36)  NOT NULL,
    kind              VARCHAR(32)  NOT NULL,
    recipient         VARCHAR(255) NOT NULL,
    municipality_code VARCHAR(16)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    link              VARCHAR(500) NOT NULL,
    due_date          DATE,
    digest            BOOLEAN      NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    attempts          INT          NOT NULL,
    next_attempt_at   TIMESTAMP    NOT NULL,
    claimed_by        VARCHAR(36),
    claimed_until     TIMESTAMP,
    mail_id           VARCHAR(36),
    channel           VARCHAR(16),
    sent_at           TIMESTAMP,
    last_error        VARCHAR(300),
    CONSTRAINT pk_prevention_outbox PRIMARY KEY (id)
);

-- The sender's question: which pending rows are due now.
CREATE INDEX prevention_outbox_due ON prevention_outbox (status, next_attempt_at);
-- A recipient's rows (claiming a digest), and a mail's rows (the outbox page).
CREATE INDEX prevention_outbox_recipient ON prevention_outbox (recipient, status);
CREATE INDEX prevention_outbox_mail ON prevention_outbox (mail_id);

-- What each user chose on the start page: a daily digest (the default, a user with no row) or one mail per
-- event, and the kinds of event they do not want mail about.
CREATE TABLE prevention_notification_setting (
    user_id    VARCHAR(255) NOT NULL,
    delivery   VARCHAR(16)  NOT NULL,
    opted_out  VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_prevention_notification_setting PRIMARY KEY (user_id)
);
