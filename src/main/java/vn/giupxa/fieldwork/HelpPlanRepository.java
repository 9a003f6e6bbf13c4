package vn.giupxa.fieldwork;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpPlanRepository extends JpaRepository<HelpPlan, Long> {

	boolean existsByAssignmentIdAndYear(long assignmentId, int year);

	List<HelpPlan> findByAssignmentIdAndYearAndState(long assignmentId, int year, HelpPlanState state);
}
