package vn.giupxa.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecognitionRepository extends JpaRepository<Recognition, Long> {
}
