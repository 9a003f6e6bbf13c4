package vn.giupxa.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRenameRepository extends JpaRepository<AgencyRename, Long> {

	List<AgencyRename> findByAgencyIdOrderByEffectiveOnAsc(long agencyId);
}
