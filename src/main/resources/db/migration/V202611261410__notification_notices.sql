-- In-app notices; e-mail copies are sent after commit. A dedupe key makes a reminder arrive at
-- most once per key (e.g. once a day) for each recipient.
CREATE TABLE notice (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient    varchar(64)  NOT NULL,
  message_key  varchar(150) NOT NULL,
  arguments    text[]       NOT NULL DEFAULT '{}',
  link         varchar(300),
  dedupe_key   varchar(200),
  created_at   timestamptz  NOT NULL DEFAULT now(),
  read_at      timestamptz,
  emailed_at   timestamptz
);
CREATE INDEX notice_recipient_idx ON notice (recipient, created_at DESC);
CREATE UNIQUE INDEX notice_dedupe_idx ON notice (recipient, dedupe_key) WHERE dedupe_key IS NOT NULL;
