-- Help-team membership is effective-dated: members join and leave an issued assignment from a date, and the
-- history is kept (a member who left keeps their row with end_on). start_on NULL: from the assignment's start.
ALTER TABLE help_team_member ADD COLUMN start_on date;
ALTER TABLE help_team_member ADD COLUMN end_on date;
ALTER TABLE help_team_member ADD CONSTRAINT help_team_member_term
  CHECK (start_on IS NULL OR end_on IS NULL OR end_on >= start_on);
ALTER TABLE help_team_member DROP CONSTRAINT help_team_member_once;
DROP INDEX help_team_one_leader_idx;
CREATE UNIQUE INDEX help_team_member_once_idx ON help_team_member (assignment_id, official_id) WHERE end_on IS NULL;
CREATE UNIQUE INDEX help_team_one_leader_idx ON help_team_member (assignment_id) WHERE leader AND end_on IS NULL;
