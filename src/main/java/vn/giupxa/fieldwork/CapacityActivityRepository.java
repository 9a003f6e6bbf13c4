package vn.giupxa.fieldwork;

import org.springframework.data.jpa.repository.JpaRepository;

interface CapacityActivityRepository extends JpaRepository<CapacityActivity, Long> {
}
