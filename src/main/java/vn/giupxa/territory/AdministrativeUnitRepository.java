package vn.giupxa.territory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

	@Query("select count(u) from AdministrativeUnit u where u.parentId = ?1 and u.level = vn.giupxa.territory.UnitLevel.VILLAGE")
	int countVillagesOf(long communeId);

	@Query(value = "select count(*) > 0 from administrative_unit where parent_id = ?1 and level = 'VILLAGE'"
			+ " and search_key(name) = search_key(?2)", nativeQuery = true)
	boolean villageNamed(long communeId, String name);
}
