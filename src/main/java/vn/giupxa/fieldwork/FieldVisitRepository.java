package vn.giupxa.fieldwork;

import org.springframework.data.jpa.repository.JpaRepository;

interface FieldVisitRepository extends JpaRepository<FieldVisit, Long> {
}
