package vn.giupxa.territory;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.NotFoundException;

/**
 * Public pages of the map: browse province → (district) → commune on a chosen date, search without
 * accents, and a unit's page with its code, parent, validity and lineage. Signed-in commune staff
 * and the Coordination Office add villages under a commune of their scope.
 */
@Controller
class UnitController {

	private static final String UNIT_PAGE = "territory/unit";

	private final Territory territory;

	private final VillageService villages;

	private final Clock clock;

	UnitController(Territory territory, VillageService villages, Clock clock) {
		this.territory = territory;
		this.villages = villages;
		this.clock = clock;
	}

	@GetMapping("/units")
	String browse(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String q, @RequestParam(required = false) UnitLevel level,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		boolean searching = q != null && !q.isBlank();
		UnitQuery query = new UnitQuery(searching || level != null ? level : UnitLevel.PROVINCE, date, null, q, page, 50);
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
		UnitView unit = find(code, date);
		model.addAttribute("village", new VillageForm("", VillageType.VILLAGE, LocalDate.now(clock)));
		populate(unit, date, page, model);
		return UNIT_PAGE;
	}

	@PostMapping("/units/{code}/villages")
	String addVillage(@PathVariable String code, @Valid @ModelAttribute("village") VillageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		UnitView commune = find(code, today);
		villages.requireInScope(commune);
		AdministrativeUnit village = result.hasErrors() ? null : villages.add(commune, form, result);
		if (village == null) {
			populate(commune, today, 0, model);
			return UNIT_PAGE;
		}
		redirect.addFlashAttribute("message", "village.added");
		redirect.addFlashAttribute("messageArgument", village.getName());
		return "redirect:/units/" + code;
	}

	private UnitView find(String code, LocalDate date) {
		return territory.findByCode(code, date)
			.or(() -> territory.versionsOf(code).stream().findFirst())
			.orElseThrow(() -> new NotFoundException("unit.notFound", code));
	}

	private void populate(UnitView unit, LocalDate date, int page, Model model) {
		LocalDate shownOn = unit.validOn(date) ? date : (unit.validTo() != null ? unit.validTo() : unit.validFrom());
		model.addAttribute("unit", unit);
		model.addAttribute("asOf", shownOn);
		model.addAttribute("requestedDate", date);
		model.addAttribute("inForceToday", unit.validOn(LocalDate.now(clock)));
		model.addAttribute("children", territory.search(new UnitQuery(null, shownOn, unit.code(), null, page, 100)));
		model.addAttribute("predecessors", territory.predecessorsOf(unit.id()));
		model.addAttribute("successors", territory.successorsOf(unit.id()));
		model.addAttribute("otherVersions", territory.versionsOf(unit.code()).stream().filter(v -> v.id() != unit.id()).toList());
		model.addAttribute("villageTypes", VillageType.values());
	}
}
