-- A visitor given an id by a request (no cookie yet) is new by construction: counted in the day's total at once,
-- without a row of their own in portal_visitor_day, and here per second for "online now" (kept a day).
CREATE TABLE portal_new_visitors (
  second   timestamptz PRIMARY KEY,
  visitors bigint      NOT NULL
);
