/**
 * Programs, criteria and targets: the catalog of national target programs of both eras, versioned
 * criteria sets with thresholds, every commune's criteria scorecard and recognitions, plan targets and
 * actuals, and their XLSX export and import. Other modules read the catalog through {@link vn.giupxa.program.ProgramCatalog}
 * and refer to its rows by foreign key; an item something refers to can be closed, never deleted.
 */
package vn.giupxa.program;
