package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What was achieved against a target by the end of a reporting period (6 and 9 months count from 1 January). */
@Entity
@Table(name = "target_actual")
class TargetActual {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String period;

	private BigDecimal value;

	private String reportedBy;

	private Instant reportedAt;

	protected TargetActual() {
	}

	TargetActual(String period, BigDecimal value, String by, Instant now) {
		this.period = period;
		change(value, by, now);
	}

	void change(BigDecimal value, String by, Instant now) {
		this.value = value;
		this.reportedBy = by;
		this.reportedAt = now;
	}

	String getPeriod() {
		return period;
	}

	@Override
	public String toString() {
		return "TargetActual#" + id;
	}
}
