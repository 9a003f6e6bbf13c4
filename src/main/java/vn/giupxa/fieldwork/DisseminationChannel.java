package vn.giupxa.fieldwork;

/** How a policy document reached the commune: at a meeting, on a field visit, handed over as a document, other. */
enum DisseminationChannel {
	MEETING, VISIT, HANDED_DOCUMENT, OTHER
}
