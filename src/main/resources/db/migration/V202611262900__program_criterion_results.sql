-- Each scorecard's criteria as computed from its values against the commune's own thresholds
-- (program.CriterionResults, the statement CriterionResults.COMPUTE): rewritten in the transaction that
-- writes values (scorecard entry, XLSX import), indicators or thresholds (XLSX import) or a commune's
-- region or group, so that the province matrix and the national "n of N" read ten rows per scorecard
-- instead of evaluating every value. Scorecards written by SQL (demo data, benchmark) have no row here
-- and are computed the first time the matrix or the summary reads their set and period.
CREATE TABLE assessment_result (
  assessment_id bigint PRIMARY KEY REFERENCES criteria_assessment (id) ON DELETE CASCADE,
  met_count     int         NOT NULL,
  computed_at   timestamptz NOT NULL DEFAULT now()
);

-- met: true (every indicator met), false (one not met), null (not entered, or no threshold for the key).
CREATE TABLE criterion_result (
  assessment_id bigint NOT NULL REFERENCES criteria_assessment (id) ON DELETE CASCADE,
  criterion_id  bigint NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
  met           boolean,
  PRIMARY KEY (assessment_id, criterion_id)
);
