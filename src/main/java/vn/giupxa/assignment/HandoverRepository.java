package vn.giupxa.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, Long> {

	boolean existsByAssignmentIdAndNewOfficialIdAndStartOn(long assignmentId, long newOfficialId,
			java.time.LocalDate startOn);
}
