package vn.giupxa.program;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.Texts;

/**
 * A node of a program's tree ("hợp phần, dự án, tiểu dự án, nội dung thành phần") with its number
 * ("4.2"). Targets refer to one node, so the same work is never counted under two programs.
 */
@Entity
@Table(name = "program_component")
class ProgramComponent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long programId;

	private Long parentId;

	@Enumerated(EnumType.STRING)
	private ComponentKind kind;

	private String number;

	private String name;

	private boolean verified;

	private String source;

	private LocalDate closedOn;

	@Version
	private long version;

	protected ProgramComponent() {
	}

	ProgramComponent(long programId, Long parentId, ComponentKind kind, String number, String name, String source) {
		this.programId = programId;
		this.parentId = parentId;
		this.kind = kind;
		this.number = Texts.clean(number);
		this.name = Texts.clean(name);
		this.source = Texts.clean(source);
		// Entered by the Coordination Office from the text it holds: it vouches for the row.
		this.verified = this.source != null;
		if (this.source == null) {
			this.source = "VPĐP";
		}
	}

	/** Closes the item: it stays for what refers to it, but takes no new targets. */
	void close(LocalDate on) {
		if (closedOn != null) {
			throw new BusinessRuleException("program.component.alreadyClosed");
		}
		closedOn = on;
	}

	Long getId() {
		return id;
	}

	long getProgramId() {
		return programId;
	}

	String getNumber() {
		return number;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

	@Override
	public String toString() {
		return "ProgramComponent#" + id;
	}
}
