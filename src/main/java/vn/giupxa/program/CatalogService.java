package vn.giupxa.program;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.NotFoundException;

/** The Coordination Office's edits of the catalog: add a component, close it, delete it while nothing uses it. */
@Service
@Transactional
class CatalogService {

	private final ProgramComponentRepository components;

	private final Catalog catalog;

	private final Clock clock;

	CatalogService(ProgramComponentRepository components, Catalog catalog, Clock clock) {
		this.components = components;
		this.catalog = catalog;
		this.clock = clock;
	}

	ProgramComponent addComponent(String programCode, ComponentForm form) {
		Catalog.ProgramView program = catalog.program(programCode)
			.orElseThrow(() -> new NotFoundException("program.notFound", programCode));
		if (components.existsByProgramIdAndNumber(program.id(), form.number().strip())) {
			throw new BusinessRuleException("program.component.number.taken", form.number());
		}
		if (form.parentId() != null && components.findById(form.parentId())
			.filter(parent -> parent.getProgramId() == program.id())
			.isEmpty()) {
			throw new BusinessRuleException("program.component.parent.unknown");
		}
		return components.save(new ProgramComponent(program.id(), form.parentId(), form.kind(), form.number(),
				form.name(), form.source()));
	}

	void close(long componentId) {
		component(componentId).close(LocalDate.now(clock));
	}

	/**
	 * Deletes an item nothing refers to; an item in use can only be closed. "In use" is what the
	 * foreign keys say (targets, sub-items, difficulties of the obstacle module, …), so this module
	 * needs to know none of the tables that refer to it.
	 */
	void delete(long componentId) {
		ProgramComponent component = component(componentId);
		try {
			components.delete(component);
			components.flush();
		}
		catch (DataIntegrityViolationException referenced) {
			throw new BusinessRuleException("program.component.inUse");
		}
	}

	private ProgramComponent component(long id) {
		return components.findById(id).orElseThrow(() -> new NotFoundException("program.component.notFound", id));
	}
}
