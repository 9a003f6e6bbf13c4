package vn.giupxa.assignment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdjustmentRequestRepository extends JpaRepository<AdjustmentRequest, Long> {

	List<AdjustmentRequest> findByStatusAndIncludedInIdIsNull(RequestStatus status);
}
