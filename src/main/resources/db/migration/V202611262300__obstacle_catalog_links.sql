-- A difficulty may name the program item and/or the criterion it concerns (module obstacle refers to
-- module program). The keys make a referenced item impossible to delete (program's CatalogService
-- turns the violation into "in use, close it instead"); closing it stays possible.
ALTER TABLE obstacle
  ADD CONSTRAINT obstacle_program_component_fk FOREIGN KEY (program_component_id) REFERENCES program_component (id),
  ADD CONSTRAINT obstacle_criterion_fk FOREIGN KEY (criterion_id) REFERENCES criterion (id);

-- For the register's filters and for the key checks when an item or criterion is deleted.
CREATE INDEX obstacle_program_component_idx ON obstacle (program_component_id) WHERE program_component_id IS NOT NULL;
CREATE INDEX obstacle_criterion_idx ON obstacle (criterion_id) WHERE criterion_id IS NOT NULL;
