/**
 * Notices ("thông báo") to users: shown in the application and copied by e-mail over SMTP after
 * the change that caused them commits.
 */
package vn.giupxa.notification;
