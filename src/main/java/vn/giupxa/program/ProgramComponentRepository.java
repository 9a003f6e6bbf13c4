package vn.giupxa.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramComponentRepository extends JpaRepository<ProgramComponent, Long> {

	boolean existsByProgramIdAndNumber(long programId, String number);
}
