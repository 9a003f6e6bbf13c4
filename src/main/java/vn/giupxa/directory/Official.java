package vn.giupxa.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.Texts;

/**
 * An official ("cán bộ"): a person who holds positions over time. Positions belong to agencies;
 * the person stays the same when they change jobs.
 */
@Entity
@Table(name = "official")
class Official {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String email;

	private String phone;

	private String note;

	@Version
	private long version;

	protected Official() {
	}

	Official(String fullName, String email, String phone, String note) {
		update(fullName, email, phone, note);
	}

	void update(String newFullName, String newEmail, String newPhone, String newNote) {
		String name = Texts.clean(newFullName);
		if (name == null) {
			throw new IllegalArgumentException("An official needs a name");
		}
		this.fullName = name;
		this.email = Texts.clean(newEmail);
		this.phone = Texts.clean(newPhone);
		this.note = Texts.clean(newNote);
	}

	Long getId() {
		return id;
	}

	String getFullName() {
		return fullName;
	}

	String getEmail() {
		return email;
	}

	String getPhone() {
		return phone;
	}

	String getNote() {
		return note;
	}

	long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "Official#" + id;
	}
}
