package vn.giupxa.directory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

	@Query("select a from Agency a where upper(a.code) = upper(?1)")
	Optional<Agency> findByCode(String code);
}
