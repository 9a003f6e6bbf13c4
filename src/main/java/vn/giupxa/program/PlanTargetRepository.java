package vn.giupxa.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {
}
