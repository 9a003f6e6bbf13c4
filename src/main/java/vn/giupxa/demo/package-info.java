/**
 * Demo data for the default run on the embedded database: Lào Cai province after the 2025 merger,
 * its agencies, committees and one account per role (listed in the README).
 */
package vn.giupxa.demo;
