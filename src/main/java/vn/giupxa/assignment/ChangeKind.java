package vn.giupxa.assignment;

/** What the annual consolidation found changed since the previous decision, for the reviewer to check. */
public enum ChangeKind {
	/** The position had a new holder. */
	NEW_HOLDER,
	/** The commune was merged into another; the draft names its successor. */
	COMMUNE_MERGED,
	/**
	 * The commune ended and the map names no successor commune: the line stays on the ended commune for the
	 * reviewer to re-place or remove; the draft cannot be issued until then.
	 */
	COMMUNE_WITHOUT_SUCCESSOR,
	/** The agency or the position ended; the draft keeps the line for the reviewer to replace. */
	HELPER_ENDED,
	/** An accepted adjustment request replaced the position. */
	ADJUSTMENT_ACCEPTED,
	/** The agency took a new name. */
	AGENCY_RENAMED,
	/** The agency was merged into another; the draft names the successor (and its position, when mapped). */
	AGENCY_MERGED,
	/** The merged agency's position was not carried over: the reviewer must choose a position of the successor. */
	NEEDS_NEW_POSITION
}
