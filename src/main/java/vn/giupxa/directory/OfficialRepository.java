package vn.giupxa.directory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfficialRepository extends JpaRepository<Official, Long> {

	@Query("select o from Official o where lower(o.email) = lower(?1)")
	Optional<Official> findByEmail(String email);
}
