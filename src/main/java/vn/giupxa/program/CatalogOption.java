package vn.giupxa.program;

/**
 * A program item or a criterion as other modules offer it in a list and show it on a page.
 *
 * @param label number, name and the program or set it belongs to, e.g. "4.2 Tiểu dự án 4.2 … (DTTS-2021-2030)"
 * @param group the program or criteria set code, for grouping the choices
 */
public record CatalogOption(long id, String label, String group) {
}
