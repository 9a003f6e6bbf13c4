package vn.giupxa.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

/** Single assignments, for the decisions that replace them and the requests that name them. */
interface AssignmentRepository extends JpaRepository<Assignment, Long> {
}
