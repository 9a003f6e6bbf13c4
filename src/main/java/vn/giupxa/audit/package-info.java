/**
 * The append-only audit trail ("nhật ký"): every create, update and delete of an entity (recorded
 * by a Hibernate listener in the same transaction) and every security event, searchable by administrators.
 */
package vn.giupxa.audit;
