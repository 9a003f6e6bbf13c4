package vn.giupxa.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<Position, Long> {

	List<Position> findByAgencyIdOrderByRankAscIdAsc(long agencyId);
}
