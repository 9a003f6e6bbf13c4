package vn.giupxa.directory;

/** An official's name and contact details. */
public record OfficialView(long id, String fullName, String email, String phone, String note) {
}
