/**
 * User accounts ("tài khoản"): roles, scope, login throttling, password changes and the
 * administrator's account pages. The principal it builds carries the caller's {@link vn.giupxa.shared.Scope}.
 */
package vn.giupxa.account;
