package vn.giupxa.program;

/** What a criteria set measures: NTM, advanced, model, modern commune, or a province's completion. */
enum CriteriaLevel {
	BASIC, ADVANCED, MODEL, MODERN, PROVINCE
}
