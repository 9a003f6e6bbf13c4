package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitView;

/** Sets plan targets (for one program item or one indicator, within its period) and records actuals in scope. */
@Service
@Transactional
class TargetService {

	private final PlanTargetRepository targets;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	TargetService(PlanTargetRepository targets, Territory territory, JdbcClient jdbc, Clock clock) {
		this.targets = targets;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PlanTarget create(TargetForm form) {
		ReportingPeriod period = period(form.period());
		UnitView unit = unitInScope(form.unitCode(), period.start(), CurrentUser.scope());
		Item item = item(form.programCode(), form.componentNumber(), form.setCode(), form.indicatorCode());
		if (!period.within(item.firstYear(), item.lastYear())) {
			throw new BusinessRuleException("program.target.period.outside", period.code(), item.firstYear() + "–" + item.lastYear());
		}
		return targets.save(new PlanTarget(unit.id(), item.componentId(), item.indicatorId(), form.name(),
				form.measureUnit(), period, form.planned()));
	}

	void report(long targetId, String periodCode, BigDecimal value, Long version) {
		PlanTarget target = targets.findById(targetId)
			.filter(t -> territory.findById(t.getUnitId()).map(u -> CurrentUser.scope().covers(u.path())).orElse(false))
			.orElseThrow(() -> new NotFoundException("program.target.notFound", targetId));
		if (version != null && version != target.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(PlanTarget.class, targetId);
		}
		if (value == null) {
			throw new BusinessRuleException("program.value.numberRequired", "");
		}
		target.report(period(periodCode), value, CurrentUser.usernameOrAnonymous(), clock.instant());
		targets.saveAndFlush(target);
	}

	UnitView unitInScope(String code, LocalDate asOf, Scope scope) {
		return territory.findByCode(code == null ? "" : code.strip(), asOf)
			.filter(unit -> scope.covers(unit.path()))
			.orElseThrow(() -> new BusinessRuleException("program.unit.outOfScope", code == null ? "" : code));
	}

	static ReportingPeriod period(String code) {
		try {
			return ReportingPeriod.parse(code);
		}
		catch (IllegalArgumentException malformed) {
			throw new BusinessRuleException("program.period.invalid", code == null ? "" : code);
		}
	}

	/** The program item (open, by program code and number) or indicator (by set and code) a target refers to. */
	Item item(String programCode, String componentNumber, String setCode, String indicatorCode) {
		boolean component = programCode != null && !programCode.isBlank();
		boolean indicator = setCode != null && !setCode.isBlank();
		if (component == indicator) {
			throw new BusinessRuleException("program.target.oneItem");
		}
		if (component) {
			return jdbc.sql("""
					SELECT c.id AS component_id, NULL::bigint AS indicator_id, p.first_year, p.last_year, c.closed_on
					FROM program_component c JOIN target_program p ON p.id = c.program_id
					WHERE upper(p.code) = upper(:program) AND c.number = :number""")
				.param("program", programCode.strip())
				.param("number", componentNumber == null ? "" : componentNumber.strip())
				.query((rs, n) -> {
					if (rs.getObject("closed_on") != null) {
						throw new BusinessRuleException("program.component.isClosed", componentNumber);
					}
					return new Item((Long) rs.getObject("component_id"), null, rs.getInt("first_year"), rs.getInt("last_year"));
				})
				.optional()
				.orElseThrow(() -> new BusinessRuleException("program.component.unknown", programCode, String.valueOf(componentNumber)));
		}
		return jdbc.sql("""
				SELECT i.id, s.valid_from, s.valid_to FROM indicator i JOIN criteria_set s ON s.id = i.set_id
				WHERE upper(s.code) = upper(:set) AND upper(i.code) = upper(:code)""")
			.param("set", setCode.strip())
			.param("code", indicatorCode == null ? "" : indicatorCode.strip())
			.query((rs, n) -> new Item(null, rs.getLong("id"), rs.getObject("valid_from", LocalDate.class).getYear(),
					rs.getObject("valid_to", LocalDate.class) == null ? 9999 : rs.getObject("valid_to", LocalDate.class).getYear()))
			.optional()
			.orElseThrow(() -> new BusinessRuleException("program.indicator.unknown", String.valueOf(indicatorCode), setCode));
	}

	record Item(Long componentId, Long indicatorId, int firstYear, int lastYear) {
	}
}
