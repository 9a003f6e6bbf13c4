-- Lines the January consolidation folded into one new line (two merged communes helped by the same seat): the
-- new line continues its replaces_id and every line listed here; issuing the draft ends them all.
CREATE TABLE assignment_folded (
  assignment_id bigint NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
  folded_id     bigint NOT NULL REFERENCES assignment (id),
  PRIMARY KEY (assignment_id, folded_id)
);
CREATE INDEX assignment_folded_folded_idx ON assignment_folded (folded_id);
