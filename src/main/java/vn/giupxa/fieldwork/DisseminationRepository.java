package vn.giupxa.fieldwork;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisseminationRepository extends JpaRepository<Dissemination, Long> {
}
