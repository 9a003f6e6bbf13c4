package vn.giupxa.program;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommuneClassificationRepository extends JpaRepository<CommuneClassification, Long> {

	List<CommuneClassification> findByUnitIdAndKindAndValidToIsNull(long unitId, ThresholdKey kind);
}
