package vn.giupxa.fieldwork;

import org.springframework.data.jpa.repository.JpaRepository;

interface HelpPlanCommentRepository extends JpaRepository<HelpPlanComment, Long> {
}
