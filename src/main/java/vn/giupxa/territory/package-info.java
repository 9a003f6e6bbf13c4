/**
 * Administrative units ("đơn vị hành chính") with their official codes, effective-dated hierarchy,
 * materialised paths and merger lineage, seeded from the published lists of both eras.
 */
package vn.giupxa.territory;
