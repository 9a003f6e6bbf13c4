package vn.giupxa.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The public page of a commune's criteria: the latest verified "n of N criteria met" and the recognitions
 * (its own and those of the communes it was formed from). No names of people, no evidence.
 */
@Controller
class PublicCriteriaController {

	private final Scorecards scorecards;

	private final Catalog catalog;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicCriteriaController(Scorecards scorecards, Catalog catalog, Territory territory, JdbcClient jdbc, Clock clock) {
		this.scorecards = scorecards;
		this.catalog = catalog;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/tieu-chi/{code}")
	String show(@PathVariable String code, Model model) {
		LocalDate today = LocalDate.now(clock);
		UnitView commune = territory.findByCode(code, today)
			.filter(unit -> unit.level() == UnitLevel.COMMUNE)
			.orElseThrow(() -> new NotFoundException("program.commune.notFound", code));
		model.addAttribute("commune", commune);
		model.addAttribute("card", latestVerified(commune).orElse(null));
		model.addAttribute("recognitions", scorecards.recognitions(commune));
		return "program/public";
	}

	private Optional<Scorecards.ScorecardView> latestVerified(UnitView commune) {
		return jdbc.sql("""
				SELECT s.code, a.period FROM criteria_assessment a JOIN criteria_set s ON s.id = a.set_id
				WHERE a.unit_id = :unit AND a.status = 'VERIFIED' ORDER BY a.verified_at DESC LIMIT 1""")
			.param("unit", commune.id())
			.query((rs, n) -> new String[] { rs.getString("code"), rs.getString("period") })
			.optional()
			.flatMap(found -> catalog.set(found[0])
				.map(set -> scorecards.scorecard(commune, set, ReportingPeriod.parse(found[1]))));
	}
}
