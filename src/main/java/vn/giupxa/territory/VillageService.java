package vn.giupxa.territory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Texts;

/** Adds villages under a commune of the caller's scope. */
@Service
class VillageService {

	private final AdministrativeUnitRepository units;

	VillageService(AdministrativeUnitRepository units) {
		this.units = units;
	}

	/** Refuses (403) a commune outside the caller's scope, before anything else is looked at. */
	void requireInScope(UnitView commune) {
		if (!CurrentUser.scope().covers(commune.path())) {
			throw new AccessDeniedException("village.outOfScope");
		}
	}

	@Transactional
	AdministrativeUnit add(UnitView commune, VillageForm form, Errors errors) {
		requireInScope(commune);
		if (commune.level() != UnitLevel.COMMUNE || (form.validFrom() != null && !commune.validOn(form.validFrom()))) {
			errors.reject("village.parentNotCommune");
		}
		String name = Texts.clean(form.name());
		if (name != null && units.villageNamed(commune.id(), name)) {
			errors.rejectValue("name", "village.duplicate", new Object[] { name }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		int sequence = units.countVillagesOf(commune.id()) + 1;
		return units.save(AdministrativeUnit.village(commune, sequence, name, form.type(), form.validFrom()));
	}
}
