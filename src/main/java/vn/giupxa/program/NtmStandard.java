package vn.giupxa.program;

/** The level a commune is recognised at: NTM, advanced, model, modern. */
enum NtmStandard {
	BASIC, ADVANCED, MODEL, MODERN
}
