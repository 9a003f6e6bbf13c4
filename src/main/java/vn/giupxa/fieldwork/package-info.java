/**
 * Fieldwork of the helpers in their communes ("đi cơ sở"): field visits planned with mandatory content, the
 * commune notified in advance and acknowledging, then reports whose difficulties enter the obstacle register.
 */
package vn.giupxa.fieldwork;
