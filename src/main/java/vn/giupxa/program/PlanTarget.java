package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Texts;

/**
 * A plan target ("chỉ tiêu kế hoạch năm / giai đoạn") of a commune or province for exactly one program
 * item or one indicator, with the actuals reported per period.
 */
@Entity
@Table(name = "plan_target")
class PlanTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private Long componentId;

	private Long indicatorId;

	private String name;

	private String measureUnit;

	private String period;

	private BigDecimal planned;

	private boolean illustrative;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "target_id", nullable = false)
	private List<TargetActual> actuals = new ArrayList<>();

	@Version
	private long version;

	protected PlanTarget() {
	}

	PlanTarget(long unitId, Long componentId, Long indicatorId, String name, String measureUnit, ReportingPeriod period,
			BigDecimal planned) {
		if ((componentId == null) == (indicatorId == null)) {
			throw new BusinessRuleException("program.target.oneItem");
		}
		if (period.kind() != ReportingPeriod.Kind.YEAR && period.kind() != ReportingPeriod.Kind.PROGRAM_PERIOD) {
			throw new BusinessRuleException("program.target.period.kind");
		}
		if (planned.signum() < 0) {
			throw new BusinessRuleException("program.value.negative");
		}
		this.unitId = unitId;
		this.componentId = componentId;
		this.indicatorId = indicatorId;
		this.name = Texts.clean(name);
		this.measureUnit = Texts.clean(measureUnit);
		this.period = period.code();
		this.planned = planned;
	}

	/** Reports (or corrects) the actual of a period that lies within the target's own period. */
	void report(ReportingPeriod actualPeriod, BigDecimal value, String by, Instant now) {
		ReportingPeriod own = ReportingPeriod.parse(period);
		if (actualPeriod.kind() == ReportingPeriod.Kind.PROGRAM_PERIOD || !actualPeriod.within(own.year(), own.lastYear())) {
			throw new BusinessRuleException("program.actual.period.outside", period);
		}
		if (value.signum() < 0) {
			throw new BusinessRuleException("program.value.negative");
		}
		actuals.stream()
			.filter(actual -> actual.getPeriod().equals(actualPeriod.code()))
			.findFirst()
			.ifPresentOrElse(actual -> actual.change(value, by, now),
					() -> actuals.add(new TargetActual(actualPeriod.code(), value, by, now)));
	}

	Long getId() {
		return id;
	}

	long getUnitId() {
		return unitId;
	}

	long getVersion() {
		return version;
	}

	@Override
	public String toString() {
		return "PlanTarget#" + id;
	}
}
