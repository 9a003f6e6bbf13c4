package vn.giupxa.shared;

import java.util.List;
import java.util.Set;

/**
 * What part of the administrative map a caller may see: a set of materialised unit paths
 * ({@code /15/02638/}). A province-wide scope is the province path; {@link #everywhere()} is the
 * whole country (administrators, provincial bodies of the pilot).
 */
public record Scope(boolean unrestricted, Set<String> paths) implements java.io.Serializable {

	private static final Scope NOWHERE = new Scope(false, Set.of());

	public Scope {
		paths = Set.copyOf(paths);
	}

	public static Scope everywhere() {
		return new Scope(true, Set.of());
	}

	public static Scope nowhere() {
		return NOWHERE;
	}

	public static Scope of(Set<String> paths) {
		return new Scope(false, paths);
	}

	/** True when the unit at this path lies inside the scope. */
	public boolean covers(String unitPath) {
		return unrestricted || (unitPath != null && paths.stream().anyMatch(unitPath::startsWith));
	}

	/** The path prefixes as a list, for an SQL {@code path LIKE ANY(...)} filter. */
	public List<String> likePatterns() {
		return paths.stream().map(path -> path + "%").sorted().toList();
	}
}
