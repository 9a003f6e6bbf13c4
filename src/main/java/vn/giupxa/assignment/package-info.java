/**
 * Assignments ("phân công giúp đỡ xã"): decisions that bind positions of agencies to communes for a term, help
 * teams, handovers when a position's holder changes, adjustment requests, the January consolidation, coverage
 * and the exports of a decision.
 */
package vn.giupxa.assignment;
