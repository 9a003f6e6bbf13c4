package vn.giupxa.account;

/** The change-password form; rules are checked by {@link PasswordPolicy}. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
}
