/**
 * Web and security configuration, the embedded database, error pages and the home page.
 */
package vn.giupxa.system;
