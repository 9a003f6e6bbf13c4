/**
 * The directory ("danh bạ"): agencies (departments, units, mass organisations, enterprises, banks, the
 * Coordination Office), their positions, the officials who held each position and when, and the People's
 * Committee and Steering Committee of each unit with their members.
 */
package vn.giupxa.directory;
