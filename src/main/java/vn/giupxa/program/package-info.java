/**
 * Programs, criteria and targets: the catalog of national target programs of both eras, versioned
 * criteria sets with thresholds, every commune's criteria scorecard and recognitions, plan targets and
 * actuals, and their XLSX export and import.
 */
package vn.giupxa.program;
