-- A visit to a remote commune can take more than a day: its last day and the hour it ends (both optional;
-- no last day means a one-day visit). The end never comes before the start.
ALTER TABLE field_visit
  ADD COLUMN ends_on  date,
  ADD COLUMN end_time varchar(5) CHECK (end_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  ADD CONSTRAINT field_visit_end_after_start CHECK (ends_on IS NULL OR ends_on >= planned_on);
