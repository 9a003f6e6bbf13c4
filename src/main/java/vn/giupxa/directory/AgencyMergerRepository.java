package vn.giupxa.directory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyMergerRepository extends JpaRepository<AgencyMerger, Long> {

	Optional<AgencyMerger> findByAgencyId(long agencyId);
}
