package vn.giupxa.program;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriteriaAssessmentRepository extends JpaRepository<CriteriaAssessment, Long> {

	Optional<CriteriaAssessment> findByUnitIdAndSetIdAndPeriod(long unitId, long setId, String period);
}
