package vn.giupxa.obstacle;

import java.util.Optional;
import java.util.Set;

import vn.giupxa.account.Role;

/**
 * The levels an item climbs. The district level exists only while the commune has a district
 * (before 1 July 2025); otherwise the commune escalates straight to the province.
 */
public enum ObstacleLevel {

	/** The commune's steering committee and the commune's assigned helpers. */
	COMMUNE(Set.of(Role.COMMUNE_OFFICER, Role.AGENCY_LEADER, Role.HELP_TEAM_MEMBER)),
	/** District steering committee / People's Committee. */
	DISTRICT(Set.of(Role.DISTRICT_OFFICER)),
	/** Provincial steering committee through the Coordination Office. */
	PROVINCE(Set.of(Role.COORDINATION_OFFICE)),
	/** Provincial People's Committee. */
	PROVINCIAL_COMMITTEE(Set.of(Role.PROVINCIAL_LEADERSHIP));

	private final Set<Role> roles;

	ObstacleLevel(Set<Role> roles) {
		this.roles = roles;
	}

	/** The roles that act at this level (within their scope). */
	Set<Role> roles() {
		return roles;
	}

	/** The next level up for a commune, skipping the district when the commune has none. */
	Optional<ObstacleLevel> next(boolean districtTierExists) {
		return switch (this) {
			case COMMUNE -> Optional.of(districtTierExists ? DISTRICT : PROVINCE);
			case DISTRICT -> Optional.of(PROVINCE);
			case PROVINCE -> Optional.of(PROVINCIAL_COMMITTEE);
			case PROVINCIAL_COMMITTEE -> Optional.empty();
		};
	}
}
