package vn.giupxa.fieldwork;

/**
 * The four focus contents of communication and emulation (A7): production tied to ecological agriculture, modern
 * countryside and smart farmers; modern rural socio-economic infrastructure; eco-tourism preserving ethnic culture;
 * a bright-green-clean-beautiful, safe rural environment.
 */
enum FocusContent {
	ECOLOGICAL_AGRICULTURE, RURAL_INFRASTRUCTURE, ECO_TOURISM, RURAL_ENVIRONMENT
}
