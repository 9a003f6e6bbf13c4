package vn.giupxa.portal;

/** The type of an official document ("loại văn bản"); an official letter ("công văn") has no type abbreviation. */
enum DocumentType {
	OFFICIAL_LETTER, DECISION, PLAN, REPORT, NOTICE, DIRECTIVE, RESOLUTION, GUIDANCE, OTHER
}
