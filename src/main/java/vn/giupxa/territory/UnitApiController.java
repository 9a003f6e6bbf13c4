package vn.giupxa.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.giupxa.shared.NotFoundException;

/** Public read-only JSON of the administrative map. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Administrative units", description = "Official units of both eras, as of a date")
class UnitApiController {

	private final Territory territory;

	private final Clock clock;

	UnitApiController(Territory territory, Clock clock) {
		this.territory = territory;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Units in force on a date, by level, parent and accent-insensitive text")
	UnitPage list(@RequestParam(required = false) UnitLevel level,
			@Parameter(description = "YYYY-MM-DD; today when absent") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = "official code of the parent unit") @RequestParam(required = false) String parent,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		Page<UnitView> units = territory.search(new UnitQuery(level, date, parent, q, page, size));
		return new UnitPage(units.getContent().stream().map(UnitJson::of).toList(), units.getTotalElements(),
				units.getNumber(), units.getSize(), units.getTotalPages());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One unit as of a date, with what it was merged from and into")
	UnitDetail show(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		UnitView unit = territory.findByCode(code, date)
			.or(() -> asOf == null ? territory.versionsOf(code).stream().findFirst() : java.util.Optional.empty())
			.orElseThrow(() -> new NotFoundException("unit.notFound", code));
		return new UnitDetail(unit.code(), unit.name(), unit.level(), unit.unitType(), unit.parentCode(),
				unit.parentName(), unit.validFrom(), unit.validTo(), link(territory.predecessorsOf(unit.id())),
				link(territory.successorsOf(unit.id())));
	}

	private static List<LineageJson> link(List<Territory.Lineage> lineage) {
		return lineage.stream()
			.map(l -> new LineageJson(UnitJson.of(l.unit()), l.kind(), l.effectiveOn(), l.legalBasis()))
			.toList();
	}

	record UnitJson(String code, String name, UnitLevel level, String unitType, String parentCode, String parentName,
			LocalDate validFrom, LocalDate validTo) {

		static UnitJson of(UnitView unit) {
			return new UnitJson(unit.code(), unit.name(), unit.level(), unit.unitType(), unit.parentCode(),
					unit.parentName(), unit.validFrom(), unit.validTo());
		}
	}

	record UnitPage(List<UnitJson> content, long totalElements, int page, int size, int totalPages) {
	}

	record LineageJson(UnitJson unit, String kind, LocalDate effectiveOn, String legalBasis) {
	}

	record UnitDetail(String code, String name, UnitLevel level, String unitType, String parentCode,
			String parentName, LocalDate validFrom, LocalDate validTo, List<LineageJson> mergedFrom,
			List<LineageJson> mergedInto) {
	}
}
