-- The secret of each account's iCalendar feed (calendar apps cannot log in, so the URL carries it).
-- Regenerating replaces the row, so an old URL stops working at once.
CREATE TABLE calendar_feed (
  username    varchar(64) PRIMARY KEY,
  token       varchar(64) NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL
);
