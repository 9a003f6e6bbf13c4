package vn.giupxa.territory;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.NotFoundException;

/**
 * Public pages of the map: browse province → (district) → commune on a chosen date, search without
 * accents, and a unit's page with its code, parent, validity and lineage.
 */
@Controller
class UnitController {

	private final Territory territory;

	private final Clock clock;

	UnitController(Territory territory, Clock clock) {
		this.territory = territory;
		this.clock = clock;
	}

	@GetMapping("/units")
	String browse(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String q, @RequestParam(required = false) UnitLevel level,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		boolean searching = q != null && !q.isBlank();
		UnitQuery query = new UnitQuery(searching ? level : UnitLevel.PROVINCE, date, null, q, page, 50);
		model.addAttribute("asOf", date);
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("units", territory.search(query));
		return "territory/units";
	}

	@GetMapping("/units/{code}")
	String show(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		UnitView unit = territory.findByCode(code, date)
			.or(() -> territory.versionsOf(code).stream().findFirst())
			.orElseThrow(() -> new NotFoundException("unit.notFound", code));
		LocalDate shownOn = unit.validOn(date) ? date : (unit.validTo() != null ? unit.validTo() : unit.validFrom());
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", shownOn);
		model.addAttribute("requestedDate", date);
		model.addAttribute("children", territory.search(new UnitQuery(null, shownOn, unit.code(), null, page, 100)));
		model.addAttribute("predecessors", territory.predecessorsOf(unit.id()));
		model.addAttribute("successors", territory.successorsOf(unit.id()));
		model.addAttribute("otherVersions", territory.versionsOf(code).stream().filter(v -> v.id() != unit.id()).toList());
		return "territory/unit";
	}
}
