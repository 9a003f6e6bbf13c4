package vn.giupxa.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentDecisionRepository extends JpaRepository<AssignmentDecision, Long> {
}
