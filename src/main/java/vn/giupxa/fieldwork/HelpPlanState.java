package vn.giupxa.fieldwork;

/** A help plan is written as a draft, then submitted (read-only); a newer submitted revision supersedes it. */
enum HelpPlanState {
	DRAFT, SUBMITTED, SUPERSEDED
}
